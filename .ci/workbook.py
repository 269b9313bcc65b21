#!/usr/bin/env python3
"""Writes a small old-format workbook (.xlsx, sheet "Advocacy") for the cluster test's import check:
   .ci/workbook.py OUT.xlsx WORD ROWS  -- ROWS rows dated 3 days ago, each summary holding WORD."""
import datetime
import sys
import zipfile
from xml.sax.saxutils import escape

out, word, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
day = (datetime.date.today() - datetime.timedelta(days=3)).isoformat()


def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


lines = ['<row r="1">' + "".join(text(f"{c}1", h) for c, h in zip("ABCDEF",
         ["Date", "Theme(s)", "Summary", "People", "Channel", "Locality"])) + "</row>"]
for i in range(rows):
    r = i + 2
    lines.append(f'<row r="{r}"><c r="A{r}" t="d"><v>{day}</v></c>' + text(f"B{r}", "Transport")
                 + text(f"C{r}", f"Imported through the grid {word} row {i}") + f'<c r="D{r}"><v>1</v></c>'
                 + text(f"E{r}", "Phone") + text(f"F{r}", "CHELMSFORD") + "</row>")
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
    '<sheet name="Advocacy" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/></Relationships>',
    "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}><fonts count="1"><font/></fonts>'
    '<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="1"><xf/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>' + "".join(lines)
    + "</sheetData></worksheet>",
}
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, body in parts.items():
        z.writestr(name, body)
