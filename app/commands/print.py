"""`sunlight print …`: print a case's documents to PDF, check a printed document's code."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import acting_user, print_records
from app.errors import InvalidInput
from app.files import write_file

if TYPE_CHECKING:
    from app.cli import CliContext

DOCUMENTS = {
    "receipt": "受理通知书（含存根）",
    "supplement": "补正材料一次性告知书",
    "refusal": "不予受理通知书",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "print", help="打印文书：受理通知书、补正告知书、不予受理通知书", description="打印办件文书（PDF）。"
    )
    commands = parser.add_subparsers(dest="print_command", metavar="COMMAND", required=True)
    for kind, title in DOCUMENTS.items():
        sub = commands.add_parser(
            kind,
            help=f"打印{title}",
            description=f"打印{title}为 PDF；每次打印均登记，再次打印标注“补打”。",
        )
        sub.add_argument("number", metavar="NUMBER", help="办件编号")
        sub.add_argument("--out", required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
        sub.add_argument("--preview", action="store_true", help="只生成样张，不登记打印")
        sub.set_defaults(handler=_print, kind=kind)
    verify = commands.add_parser(
        "verify", help="核验文书验证码", description="凭文书上的验证码（或二维码内容）核验文书真伪。"
    )
    verify.add_argument("code", metavar="CODE", help="验证码，如 K7M2-Q9XA")
    verify.add_argument("--json", action="store_true", help="以 JSON 输出")
    verify.set_defaults(handler=_verify)
    history = commands.add_parser("history", help="办件的打印记录", description="列出办件文书的打印记录。")
    history.add_argument("number", metavar="NUMBER", help="办件编号")
    history.add_argument("--json", action="store_true", help="以 JSON 输出")
    history.set_defaults(handler=_history)


def _print(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.printing.documents import preview_document, print_document_to_file

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("输出文件须以 .pdf 结尾。", field="out")
    if args.preview:
        with ctx.workspace.sessions() as session:
            pdf = preview_document(session, acting_user(session, ctx), args.number, args.kind)
        write_file(out, pdf)
        print(f"已生成样张 {out}（未登记打印）。", file=ctx.out)
        return 0
    result = print_document_to_file(
        ctx.workspace, lambda session: acting_user(session, ctx), args.number, args.kind, out
    )
    mark = f"，补打（第{result.reprint_no}次）" if result.is_reprint else ""
    print(
        f"已打印{result.title} {result.document_number}{mark}，验证码 {result.verification_code}：{out}",
        file=ctx.out,
    )
    return 0


def _verify(args: argparse.Namespace, ctx: CliContext) -> int:
    from dataclasses import asdict

    from app.printing.documents import verify_code

    ctx.require_actor()
    with ctx.workspace.reading_sessions() as session:
        found = verify_code(session, args.code)
    if args.json:
        ctx.print_json(asdict(found))
    else:
        print(found.summary(), file=ctx.out)
    return 0


def _history(args: argparse.Namespace, ctx: CliContext) -> int:
    from dataclasses import asdict

    from app.printing.documents import printing_history

    with ctx.workspace.sessions() as session:
        rows = printing_history(session, acting_user(session, ctx), args.number)
    print_records(ctx, rows, args.json, _history_line, empty="该办件尚未打印文书。", data=asdict)
    return 0


def _history_line(r) -> str:  # type: ignore[no-untyped-def]
    from app.agency_time import agency_datetime

    copy = f"补打{r.reprint_no}" if r.reprint_no else "原件"
    return (
        f"{agency_datetime(r.printed_at):%Y-%m-%d %H:%M}  {r.title}  {r.document_number}  {copy}  "
        f"验证码 {r.verification_code}  {r.printed_by}"
    )
