"""Reads Skranke's exports back with openpyxl and Python's csv, as a spreadsheet user's tools
would (run by tests/e2e/read-exports, which writes them into the folder given)."""

import csv
import datetime
import sys
from pathlib import Path

import openpyxl

folder = Path(sys.argv[1])
passed = failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok - {what}")
    else:
        failed += 1
        print(f"not ok - {what} {detail}")


# The Danish CSV: a byte-order mark, semicolons, Danish column names, its codebook beside it.
raw = (folder / "log.csv").read_bytes()
check("the CSV starts with a UTF-8 byte-order mark", raw.startswith(b"\xef\xbb\xbf"))
with open(folder / "log.csv", encoding="utf-8-sig", newline="") as f:
    dialect = csv.Sniffer().sniff(f.readline())
    f.seek(0)
    rows = list(csv.reader(f, delimiter=";"))
check("its fields are separated by semicolons", dialect.delimiter == ";", dialect.delimiter)
check("its columns are named in Danish", rows[0][:4] == ["Id", "Dato", "Registreret (UTC)", "Enhed"], rows[0])
check("it holds the fixture's entry", len(rows) == 2 and rows[1][1] == "2026-11-25", rows)
with open(folder / "log-codebook.csv", encoding="utf-8-sig", newline="") as f:
    codebook = list(csv.reader(f, delimiter=";"))
check("the codebook is named in Danish", codebook[0] == ["Kolonne", "Kode", "Dansk", "Engelsk"], codebook[0])

# The log's workbook.
book = openpyxl.load_workbook(folder / "log.xlsx")
check("the log workbook has the log and its codebook", book.sheetnames == ["Log", "Kodebog"], book.sheetnames)
log = book["Log"]
header = [cell.value for cell in log[1]]
check("the log sheet's columns are named in Danish", header[:3] == ["Id", "Dato", "Registreret (UTC)"], header)
entry = [cell for cell in log[2]]
check("the day is a date", isinstance(entry[1].value, datetime.datetime) and entry[1].value.date() == datetime.date(2026, 11, 25), repr(entry[1].value))
check("the day has a date format", entry[1].is_date, entry[1].number_format)
check("the time of writing is a date and time", isinstance(entry[2].value, datetime.datetime), repr(entry[2].value))
check("the handout flag is a number", isinstance(entry[9].value, (int, float)) and entry[9].value == 1, repr(entry[9].value))
check("the channel is its Danish name", entry[4].value == "Skranke", repr(entry[4].value))
check("the header stays in view", log.freeze_panes == "A2", log.freeze_panes)
check("every column can be filtered", log.auto_filter.ref == "A1:O2", log.auto_filter.ref)
codes = [[cell.value for cell in row] for row in book["Kodebog"].iter_rows()]
check("the codebook sheet explains the channel 'desk'",
      any(row[0] == "Kanal" and row[1] == "desk" and row[2] == "Skranke" for row in codes))

# The indicators' workbook: counts as numbers, shares as percentages.
book = openpyxl.load_workbook(folder / "indicators.xlsx")
check("the indicators workbook has its codebook", book.sheetnames == ["Indikatorer", "Kodebog"], book.sheetnames)
sheet = book["Indikatorer"]
cells = [row for row in sheet.iter_rows()]
start = next(i for i, row in enumerate(cells) if row[0].value == "Kontakter efter borgerens sprog")
header = [cell.value for cell in cells[start + 1] if cell.value is not None]
check("a table's columns are named in Danish", header == ["Hvad", "Kontakter", "Andel"], header)
rows = {row[0].value: row for row in cells[start + 2:start + 13]}
arabic = rows.get("العربية")
check("Arabic's contacts are a number", arabic is not None and arabic[1].value == 1 and isinstance(arabic[1].value, (int, float)), repr(arabic and arabic[1].value))
check("Arabic's share is the fraction 1", arabic is not None and arabic[2].value == 1, repr(arabic and arabic[2].value))
check("a share has a percentage format", arabic is not None and arabic[2].number_format == "0.0%", repr(arabic and arabic[2].number_format))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
