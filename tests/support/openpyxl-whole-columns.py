"""Writes, with openpyxl, a sheet of 200 rows whose six columns each carry a whole-column data
validation (sqref A1:A1048576 … F1:F1048576), as scripts and Excel templates do.
Usage: python3 openpyxl-whole-columns.py OUT.xlsx"""
import sys

import openpyxl
from openpyxl.worksheet.datavalidation import DataValidation

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Số liệu"
for r in range(1, 201):
    for c in range(1, 7):
        sheet.cell(row=r, column=c, value=r * c)
for letter in "ABCDEF":
    rule = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", showErrorMessage=True,
                          error="Nhập số nguyên từ 0 trở lên")
    rule.add(f"{letter}1:{letter}1048576")
    sheet.add_data_validation(rule)
book.save(sys.argv[1])
