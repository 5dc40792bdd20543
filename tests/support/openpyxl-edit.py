"""Types values and adds notes with openpyxl, as another script would, and saves the workbook.
Usage: python3 openpyxl-edit.py IN.xlsx OUT.xlsx EDITS_JSON, where EDITS_JSON is a list of
{"sheet", "cell", "value"?, "note"?}."""
import json
import sys

import openpyxl
from openpyxl.comments import Comment


def main(source, target, edits_json):
    book = openpyxl.load_workbook(source)
    for edit in json.loads(edits_json):
        cell = book[edit["sheet"]][edit["cell"]]
        if "value" in edit:
            cell.value = edit["value"]
        if "note" in edit:
            cell.comment = Comment(edit["note"], "Văn phòng")
    book.save(target)


main(*sys.argv[1:4])
