"""Dumps what openpyxl (an independent reader) finds in an .xlsx: for each worksheet its state,
and each non-empty cell as [kind, value] with kind n (number), s (text), b (boolean), d (date,
ISO), f (formula, its text), e (error); its notes; and the ranges and types of its data validations. Usage: python3 openpyxl-dump.py FILE; prints JSON."""
import datetime
import json
import sys

import openpyxl


def cell_entry(cell):
    v = cell.value
    if cell.data_type == "f":
        return ["f", str(v)]
    if cell.data_type == "e":
        return ["e", str(v)]
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, (int, float)):
        return ["n", v]
    if isinstance(v, (datetime.datetime, datetime.date)):
        return ["d", v.isoformat()]
    if isinstance(v, datetime.time):
        return ["t", v.isoformat()]
    return ["s", str(v)]


def main(path):
    book = openpyxl.load_workbook(path)
    out = []
    for ws in book.worksheets:
        cells = {}
        notes = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and cell.value != "":
                    cells[cell.coordinate] = cell_entry(cell)
                if cell.comment is not None:
                    notes[cell.coordinate] = cell.comment.text
        validations = [[str(dv.sqref), dv.type or ""] for dv in ws.data_validations.dataValidation]
        out.append(
            {"name": ws.title, "state": ws.sheet_state, "cells": cells, "notes": notes, "validations": validations}
        )
    print(json.dumps(out, ensure_ascii=False))


main(sys.argv[1])
