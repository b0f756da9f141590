#!/usr/bin/python3
"""The pipeline a finance team would script instead of ReportGen, for the speed comparison (bench/compare.sh).

Writes the release's tables with openpyxl, one workbook per language (a sheet per table: title, column headers, one
row per line item with its label and printed figures as numbers with the release's number formats), converts both
workbooks to PDF with LibreOffice headless, and binds the two PDFs into a bilingual one with pdfunite: the same files a
`reportgen build` writes (two workbooks, three PDFs). The figures come from ReportGen's own <job>-figures.json, so the
peer does none of the checking, footing or prose that ReportGen does: the comparison favours it.

usage: /usr/bin/python3 bench/peer.py FIGURES_JSON OUT_DIR   (Debian python3-openpyxl, libreoffice-calc-nogui, poppler-utils)
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Font

AMOUNT = "#,##0;(#,##0);\"-\""
PERCENT = "0.0\"%\";(0.0\"%\");\"-\""


def workbook(figures, path):
    book = Workbook()
    book.remove(book.active)
    tables = collections.OrderedDict()
    for figure in figures:
        tables.setdefault((figure["table"], figure["tableTitle"]), []).append(figure)
    for (table, title), cells in tables.items():
        sheet = book.create_sheet(table[:31])
        sheet["A1"] = title
        sheet["A1"].font = Font(bold=True, size=12)
        columns = list(collections.OrderedDict.fromkeys(c["column"] for c in cells))
        for j, column in enumerate(columns):
            sheet.cell(row=3, column=2 + j, value=column).font = Font(bold=True)
        rows = collections.OrderedDict()
        for cell in cells:
            rows.setdefault((cell["item"], cell["occurrence"]), (cell["label"], {}))[1][cell["column"]] = cell
        for i, (label, values) in enumerate(rows.values()):
            sheet.cell(row=4 + i, column=1, value=label)
            for j, column in enumerate(columns):
                cell = values.get(column)
                if cell is None or cell["value"] is None:
                    continue
                target = sheet.cell(row=4 + i, column=2 + j, value=cell["value"])
                target.number_format = PERCENT if cell["kind"] in ("change", "share") else AMOUNT
        sheet.column_dimensions["A"].width = 48
    book.save(path)


def main():
    source, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    documents = collections.OrderedDict()
    for figure in data["figures"]:
        documents.setdefault(figure["document"], []).append(figure)
    books = []
    for name, figures in documents.items():
        path = os.path.join(out, name + ".xlsx")
        workbook(figures, path)
        books.append(path)
    # A LibreOffice profile kept between runs, as a team's machine keeps one: only the first run pays for making it.
    profile = os.environ.get("PEER_PROFILE", os.path.join(tempfile.gettempdir(), "reportgen-peer-profile"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", out, *books],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdfs = [os.path.splitext(b)[0] + ".pdf" for b in books]
    subprocess.run(["pdfunite", *pdfs, os.path.join(out, data["job"] + "-bilingual.pdf")], check=True)


if __name__ == "__main__":
    main()
