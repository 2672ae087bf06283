"""`sunlight catalogue …`: import, export, list, show, history and the printed handbook."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.catalogue import RegulationSpec
    from app.cli import CliContext
    from db.models import User


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "catalogue", help="制度目录：导入、导出、查看、印制汇编", description="制度目录。"
    )
    commands = parser.add_subparsers(dest="catalogue_command", metavar="COMMAND", required=True)

    imp = commands.add_parser(
        "import",
        help="校验并导入制度目录（管理员操作）",
        description="校验并导入制度目录。PATH 为含 divisions.yaml 和 regulations/ 的文件夹，"
        "或单个制度文件（其处室须已在数据库中）。任何一个文件有错误时，不导入任何内容。"
        "内容有变化的制度按文件中的 version 新建版本，自 effective_from 起施行；未变化的不作改动。",
    )
    imp.add_argument("path", metavar="PATH", type=Path)
    imp.add_argument("--check", action="store_true", help="只校验，不导入")
    imp.set_defaults(handler=_import, creates_database=True)

    exp = commands.add_parser(
        "export", help="把数据库中的制度目录导出为文件", description="导出为可再次导入的文件。"
    )
    exp.add_argument("--out", metavar="DIR", type=Path, required=True)
    exp.set_defaults(handler=_export)

    lst = commands.add_parser("list", help="列出现行制度", description="列出每项制度当前施行的版本。")
    lst.add_argument("--json", action="store_true", help="以 JSON 输出")
    lst.set_defaults(handler=_list)

    show = commands.add_parser(
        "show", help="查看一项制度的全部内容", description="查看一项制度的全部内容（含办理环节）。"
    )
    show.add_argument("code", metavar="CODE")
    show.add_argument("--version", type=int, metavar="N", help="查看指定版本（默认现行版本）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=_show)

    history = commands.add_parser(
        "history",
        help="查看一项制度的版本历史及各版本的改动",
        description="版本历史：每一版与上一版相比改动了哪些字段。",
    )
    history.add_argument("code", metavar="CODE")
    history.add_argument("--json", action="store_true", help="以 JSON 输出")
    history.set_defaults(handler=_history)

    handbook = commands.add_parser(
        "handbook",
        help="印制制度汇编（PDF）",
        description="生成制度汇编 PDF：封面、目录、每项制度及其工作流程图。",
    )
    handbook.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    handbook.add_argument(
        "--from", dest="source", metavar="PATH", type=Path, help="直接从制度目录文件生成（不读数据库）"
    )
    handbook.set_defaults(handler=_handbook)


def require_administrator(ctx: CliContext) -> User | None:
    """Catalogue administration is an administrator's action once the database has users."""
    return ctx.require_admin("import_catalogue")


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.catalogue import import_catalogue, load_catalogue
    from app.timesource import current_time

    catalogue = load_catalogue(args.path)
    if args.check:
        print(
            f"校验通过：{len(catalogue.divisions)} 个处室，{len(catalogue.regulations)} 项制度。",
            file=ctx.out,
        )
        return 0
    admin = require_administrator(ctx)
    with ctx.workspace.transaction() as session:
        actor = session.merge(admin) if admin is not None else None
        report = import_catalogue(session, catalogue, now=current_time(), actor=actor)
    print(f"导入完成：{report.summary()}", file=ctx.out)
    for code, version in report.new_versions:
        print(f"  {code} 新建第 {version} 版", file=ctx.out)
    return 0


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.catalogue import export_catalogue

    with ctx.workspace.reading_sessions() as session:
        files = export_catalogue(session, args.out)
    print(f"已导出 {len(files) - 1} 项制度和处室名单到 {args.out}", file=ctx.out)
    return 0


def regulation_json(spec: RegulationSpec, *, full: bool) -> dict[str, Any]:
    """The JSON form of a regulation (list: the summary; show: everything)."""
    data: dict[str, Any] = {
        "code": spec.code,
        "title": spec.title,
        "category": spec.category,
        "kind": spec.kind,
        "group": spec.group,
        "division": {"code": spec.division, "name": spec.division_name},
        "version": spec.version,
        "effective_from": spec.effective_from.isoformat(),
        "statutory_limit": spec.statutory_limit.to_json() if spec.statutory_limit else None,
        "promised_limit": spec.promised_limit.to_json() if spec.promised_limit else None,
        "extension_days": spec.extension.days if spec.extension else None,
    }
    if not full:
        return data
    data.update(
        {
            "legal_basis": spec.legal_basis,
            "summary": spec.summary,
            "inquiry_phone": spec.inquiry_phone,
            "complaint_phone": spec.complaint_phone,
            "applicant_types": list(spec.applicant_types),
            "collective_allowed": spec.collective_allowed,
            "extension": (
                {
                    "days": spec.extension.days,
                    "approver_role": spec.extension.approver_role,
                    "condition": spec.extension.condition,
                }
                if spec.extension
                else None
            ),
            "cards": vars(spec.cards) if spec.cards else None,
            "suspension_limits": dict(spec.suspension_limits),
            "materials": [vars(m) for m in spec.materials],
            "steps": [
                {
                    "code": s.code,
                    "name": s.name,
                    "role": s.role,
                    "division": {"code": s.division, "name": s.division_name},
                    "limit": s.limit.to_json() if s.limit else None,
                    "actions": list(s.actions),
                    "return_to": list(s.return_to),
                    "clock_excluded": s.clock_excluded,
                    "clock_excluded_reason": s.clock_excluded_reason,
                    "collective": s.collective,
                    "instructions": s.instructions,
                    "outputs": list(s.outputs),
                    "risk_points": [vars(r) for r in s.risk_points],
                }
                for s in spec.steps
            ],
            "separation_of_duties": [
                {"rule": r.rule, **({"steps": list(r.steps)} if r.steps else {})}
                for r in spec.separation_of_duties
            ],
            "articles": list(spec.articles),
            "parameters": dict(spec.parameters),
        }
    )
    return data


def _limits_text(spec: RegulationSpec) -> str:
    if spec.statutory_limit is None or spec.promised_limit is None:
        return "—"
    return f"承诺{spec.promised_limit.label()}／法定{spec.statutory_limit.label()}"


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.catalogue import current_regulations, regulation_spec

    with ctx.workspace.reading_sessions() as session:
        specs = [regulation_spec(row) for row in current_regulations(session)]
    if args.json:
        ctx.print_json([regulation_json(s, full=False) for s in specs])
        return 0
    if not specs:
        print("制度目录是空的。请先用 sunlight catalogue import PATH 导入。", file=ctx.out)
        return 0
    for s in specs:
        print(f"{s.code}\t第{s.version}版\t{s.title}\t{s.division_name}\t{_limits_text(s)}", file=ctx.out)
    print(f"共 {len(specs)} 项。", file=ctx.out)
    return 0


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.catalogue import find_regulation, regulation_spec

    with ctx.workspace.reading_sessions() as session:
        spec = regulation_spec(find_regulation(session, args.code, version=args.version))
    if args.json:
        ctx.print_json(regulation_json(spec, full=True))
        return 0
    out = ctx.out
    print(
        f"{spec.code} {spec.title}（第 {spec.version} 版，{spec.effective_from.isoformat()} 起施行）",
        file=out,
    )
    print(f"类别：{spec.category_label}　{spec.kind_label}　分组：{spec.group}", file=out)
    print(
        f"处室：{spec.division_name}（{spec.division}）　咨询电话：{spec.inquiry_phone}　"
        f"投诉电话：{spec.complaint_phone}",
        file=out,
    )
    if spec.category == "power":
        ext = f"，可延长 {spec.extension.days} 天" if spec.extension else "，不得延期"
        print(f"时限：{_limits_text(spec)}{ext}", file=out)
    print(f"法律依据：{spec.legal_basis}", file=out)
    print(f"说明：{spec.summary}", file=out)
    if spec.materials:
        print("申请材料：", file=out)
        for m in spec.materials:
            need = "必备" if m.required else "视情提供"
            print(f"  {m.code} {m.name}（{need}，原件{m.originals}份，复印件{m.copies}份）{m.note}", file=out)
    if spec.steps:
        print("办理环节：", file=out)
        for st in spec.steps:
            marks = "".join(
                [
                    f"，时限{st.limit.label()}" if st.limit else "",
                    "，不计时" if st.clock_excluded else "",
                    "，集体决策" if st.collective else "",
                    f"，可退回{'、'.join(st.return_to)}" if st.return_to else "",
                ]
            )
            print(
                f"  {st.code} {st.name}：{st.role_label}（{st.division_name or st.division}）{marks}",
                file=out,
            )
            for r in st.risk_points:
                print(f"      廉政风险点【{r.level}】{r.risk}；防控：{r.control}", file=out)
    for article in spec.articles:
        print(f"  {article}", file=out)
    if spec.parameters:
        print(f"参数：{dict(spec.parameters)}", file=out)
    return 0


def _history(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.catalogue.versions import version_history

    code = args.code.strip().upper()
    with ctx.workspace.reading_sessions() as session:
        versions = version_history(session, code)
    if not versions:
        raise InvalidInput(f"制度目录中没有编号为 {code} 的制度。")
    if args.json:
        ctx.print_json(
            [
                {
                    "version": v.version,
                    "effective_from": v.effective_from.isoformat(),
                    "imported_at": v.imported_at.isoformat(),
                    "changes": [
                        {"field": c.field, "label": c.label, "change": c.change, "old": c.old, "new": c.new}
                        for c in v.changes
                    ],
                }
                for v in versions
            ]
        )
        return 0
    for n, v in enumerate(versions):
        print(f"第 {v.version} 版，{v.effective_from.isoformat()} 起施行", file=ctx.out)
        for text in [c.describe() for c in v.changes] or (["（首版）"] if n == 0 else ["（内容未变）"]):
            print(f"  {text}", file=ctx.out)
    return 0


def _handbook(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.catalogue.handbook import HandbookInfo, build_handbook, write_handbook

    if args.out.suffix.lower() != ".pdf":
        raise InvalidInput("--out 应为 .pdf 文件，例如 制度汇编.pdf。")
    if args.source is not None:
        from app.catalogue import catalogue_specs, load_catalogue
        from app.catalogue.store import today

        catalogue = load_catalogue(args.source)
        name = catalogue.agency.name if catalogue.agency else ""
        report = build_handbook(catalogue_specs(catalogue), args.out, HandbookInfo(name, today()))
    else:
        with ctx.workspace.reading_sessions() as session:
            report = write_handbook(session, args.out)
    print(f"制度汇编已生成：{report.path}（{report.sections} 项制度，{report.pages} 页）", file=ctx.out)
    return 0
