"""Types values into cells with LibreOffice Calc (through Python-UNO), as a person would, and
saves the workbook as .xlsx with Calc's own filter. Usage:
  python3 lo-edit.py PROFILE_URL IN.xlsx OUT.xlsx EDITS_JSON
EDITS_JSON is a list of {"sheet": name, "cell": "I7", "value": number or text}. Starts its own
headless soffice on a private pipe and ends it."""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise RuntimeError("LibreOffice did not start")


def main(profile, source, target, edits_json):
    pipe = f"sct{os.getpid()}"
    office = subprocess.Popen(
        ["/usr/bin/soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           (prop("Hidden", True),))
        sheets = doc.getSheets()
        for edit in json.loads(edits_json):
            cell = sheets.getByName(edit["sheet"]).getCellRangeByName(edit["cell"])
            if isinstance(edit["value"], str):
                cell.setString(edit["value"])
            else:
                cell.setValue(edit["value"])
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as the office quits
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


main(*sys.argv[1:5])
