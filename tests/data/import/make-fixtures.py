#!/usr/bin/env python3
"""Regenerates the import fixtures of tests/model/test-table-reader.c.

    python3 make-fixtures.py             # text and hand-made .xlsx files
    python3 make-fixtures.py --lo        # also the LibreOffice-made .xlsx

Text fixtures are written byte for byte in the encoding each one tests.
hand-*.xlsx are minimal packages written with zipfile, for cases a
spreadsheet program does not produce on demand (rich-text runs, inline
strings, date1904, odd relationship targets, damage). lo-*.xlsx are made by
LibreOffice Calc (soffice --headless --convert-to xlsx) from
enterprises-utf8.csv and from lo-types.fods, a flat ODF sheet kept here as
their source; they differ between runs only in docProps timestamps.

The data is made up: enterprise names, USCCs (valid check characters,
GB 32100-2015 and GB 11714), townships of 永春县.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(serial):
    """91350525MA2Y… with the organisation-code and USCC check characters."""
    body = "MA2Y%04d" % serial
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, ORG_WEIGHTS))
    c9 = 11 - s % 11
    org_check = "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
    code17 = "91350525" + body + org_check
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code17, USCC_WEIGHTS))
    return code17 + USCC_ALPHABET[(31 - s % 31) % 31]


HEADER = ["企业名称", "统一社会信用代码", "所属乡镇", "注册资本（万元）", "成立日期", "培育层级"]
ENTERPRISES = [
    ["永春县某某香业有限公司", uscc(1), "桃城镇", "1200", "2019-03-15", "创新型中小企业"],
    ["福建永春某某老醋有限公司", uscc(2), "五里街镇", "850.5", "2016-11-08", "专精特新中小企业"],
    ["永春县某某纸织画工艺品有限公司", uscc(3), "石鼓镇", "300", "2021-06-30", "创新型中小企业"],
    ["永春县某某茶业有限公司", uscc(4), "蓬壶镇", "2000", "2012-01-05", "专精特新“小巨人”企业"],
]


def csv_line(cells, sep=","):
    out = []
    for c in cells:
        if any(ch in c for ch in (sep, '"', "\n", "\r")):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return sep.join(out)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def text_fixtures():
    rows = [HEADER] + ENTERPRISES

    # a UTF-8 file from a Linux tool: no BOM, LF
    write("enterprises-utf8.csv",
          "".join(csv_line(r) + "\n" for r in rows).encode("utf-8"))

    # Excel "CSV UTF-8 (逗号分隔)": BOM, CRLF
    write("enterprises-utf8-bom.csv",
          b"\xef\xbb\xbf" + "".join(csv_line(r) + "\r\n" for r in rows).encode("utf-8"))

    # Excel "Unicode 文本": UTF-16LE with BOM, tabs, CRLF; a comma is no
    # separator there, and a cell with a line break is quoted
    uni = [HEADER + ["备注"]] + [r + [""] for r in ENTERPRISES]
    uni[1][6] = "香业,制香"
    uni[2][6] = "老醋\n酿造"
    write("enterprises-unicode.txt",
          "\ufeff".encode("utf-16-le") +
          "".join(csv_line(r, "\t") + "\r\n" for r in uni).encode("utf-16-le"))

    # Excel "CSV (逗号分隔)" on Chinese Windows: code page 936, no BOM,
    # CRLF; 𠀀 (U+20000) and 鿏 (U+9FCF) are outside GBK but in GB18030
    gb = [HEADER] + [list(r) for r in ENTERPRISES[:3]]
    gb[3][0] = "永春县𠀀鿏新材料有限公司"
    write("enterprises-gb18030.csv",
          "".join(csv_line(r) + "\r\n" for r in gb).encode("gb18030"))

    # RFC 4180 quoting, mixed line endings, a blank line, ragged rows and
    # empty rows at the end
    write("rfc4180.csv", (
        '企业名称,地址,备注,金额\r\n'                                          # line 1
        '"永春县某某香业有限公司","桃城镇, 环城路 1 号","他说""好""",1200\r\n'   # line 2
        '"福建永春某某老醋有限公司","五里街镇\r\n'                               # line 3
        '仰贤村","第一行\n'                                                     # line 4
        '第二行",""\n'                                                          # line 5
        '\n'                                                                    # line 6: blank
        '永春县某某茶业有限公司,  "蓬壶镇" ,,\r\n'                               # line 7
        '短行\n'                                                                # line 8
        '"""引号开头",末尾逗号,\r\n'                                            # line 9
        ',,,\r\n'                                                               # line 10
        '\r\n'
        '\n').encode("utf-8"))

    # old Mac line endings
    write("cr-only.csv", "企业名称,所属乡镇\r永春县某某香业有限公司,桃城镇\r\"多行\r单元格\",东平镇\r"
          .encode("utf-8"))

    # tab-separated UTF-8, and European Excel's semicolons with a sep= hint
    write("enterprises-tab.tsv",
          "".join(csv_line(r, "\t") + "\n" for r in [HEADER] + ENTERPRISES[:2]).encode("utf-8"))
    write("semicolon-sep-hint.csv",
          ("sep=;\r\n" + "".join(csv_line(r, ";") + "\r\n"
                                 for r in [["企业名称", "注册资本（万元）"], ["永春县某某香业有限公司", "1200,50"]]))
          .encode("utf-8"))

    # malformed
    write("bad-unclosed-quote.csv", (
        "企业名称,所属乡镇\n"
        "永春县某某香业有限公司,桃城镇\n"
        '"福建永春某某老醋有限公司,五里街镇\n'     # line 3: opens, never closes
        "永春县某某茶业有限公司,蓬壶镇\n"
        "永春县某某纸织画工艺品有限公司,石鼓镇\n").encode("utf-8"))
    write("bad-stray-quote.csv", (
        "企业名称,所属乡镇\r\n"
        "永春县某某香业有限公司,桃城镇\r\n"
        '"多行\r\n备注",东平镇\r\n'                # lines 3–4
        '永春县"某某"茶业有限公司,蓬壶镇\r\n').encode("utf-8"))  # line 5
    write("bad-text-after-quote.csv", (
        "企业名称,所属乡镇,注册资本（万元）\n"
        '永春县某某香业有限公司,"桃城镇"镇区,1200\n').encode("utf-8"))  # line 2, column 2
    # 0xFF starts no character in UTF-8 or GB18030
    write("bad-encoding.csv",
          "企业名称,所属乡镇\r\n永春县某某香业有限公司,桃城镇\r\n".encode("gb18030") +
          b"\xff\xfe\xfd,\r\n")


# ---------------------------------------------------------------- xlsx by hand

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def rels(items):
    body = "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % (i, t if ":" in t else REL + t, target)
                   for i, t, target in items)
    return XML + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                  '</Relationships>' % body)


CONTENT_TYPES = XML + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '</Types>')


def package(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts:
            info = zipfile.ZipInfo(path, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def simple_xlsx(name, sheet_data, shared=None, styles=None, workbook_pr="", sheet_xml=None):
    wb_rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", XML + '<workbook %s %s>%s<sheets><sheet name="名单" sheetId="1" r:id="rId1"/>'
                            '</sheets></workbook>' % (NS, NS_R, workbook_pr)),
    ]
    if shared is not None:
        wb_rels.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        parts.append(("xl/sharedStrings.xml", XML + '<sst %s count="%d" uniqueCount="%d">%s</sst>'
                      % (NS, len(shared), len(shared), "".join(shared))))
    if styles is not None:
        wb_rels.append(("rId3", "styles", "styles.xml"))
        parts.append(("xl/styles.xml", XML + '<styleSheet %s>%s</styleSheet>' % (NS, styles)))
    parts.append(("xl/_rels/workbook.xml.rels", rels(wb_rels)))
    parts.append(("xl/worksheets/sheet1.xml", sheet_xml if sheet_xml is not None else
                  XML + '<worksheet %s %s><sheetData>%s</sheetData></worksheet>' % (NS, NS_R, sheet_data)))
    package(name, parts)


def hand_xlsx():
    # Strings of every kind; sparse and unnumbered cells and rows; the sheet
    # read is the first visible worksheet, reached by an absolute target
    shared = [
        '<si><t>企业名称</t></si>',
        '<si><t>统一社会信用代码</t></si>',
        # rich text: runs joined, the phonetic run (rPh) dropped
        '<si><r><rPr><b/></rPr><t>永春县</t></r><r><t xml:space="preserve">某某 </t></r><r><t>香业有限公司</t></r>'
        '<rPh sb="0" eb="3"><t>ヨンチュン</t></rPh><phoneticPr fontId="1"/></si>',
        '<si><t>%s</t></si>' % uscc(1),
        '<si><t xml:space="preserve">  两端空格  </t></si>',
        '<si><t>第一行_x000D_\n第二行</t></si>',           # Excel's CR escape, then LF
        '<si><t>下划线_x005F_x0041_字面</t></si>',          # an escaped literal "_x0041_"
        '<si><t/></si>',
        '<si><t>&lt;桃城镇&gt; &amp; 五里街镇</t></si>',
    ]
    sheet = (
        XML + '<worksheet %s %s><dimension ref="A1:AA9"/><sheetData>' % (NS, NS_R) +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>所属乡镇</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t>备注</t></is></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c>'
        '<c r="C2" t="inlineStr"><is><r><t>桃城</t></r><r><rPr><i/></rPr><t>镇</t></r></is></c>'
        '<c r="D2" t="s"><v>4</v></c></row>'
        # a gap: rows 3 and 4 absent
        '<row r="5"><c r="A5" t="s"><v>5</v></c><c r="C5" t="s"><v>6</v></c><c r="AA5" t="inlineStr"><is><t>第27列</t></is></c></row>'
        # cells without r follow the previous cell; an empty shared string is empty
        '<row r="6"><c r="B6" t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c>'
        '<c t="str"><f>A2&amp;"分公司"</f><v>永春县某某 香业有限公司分公司</v></c><c t="s"><v>7</v></c>'
        '<c t="s"><v>8</v></c><c t="d"><v>2024-03-15T10:30:00</v></c></row>'
        # a row without r follows the previous row
        '<row><c r="A7" t="inlineStr"><is><t xml:space="preserve"> 前导空格</t></is></c><c r="B7"><f>1+1</f><v>2</v></c></row>'
        '<row r="8"><c r="A8" s="0"/><c r="B8" t="s"/></row>'
        '<row r="9" ht="20" customHeight="1"><c r="A9" s="0"/></row>'
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells></worksheet>')
    hidden = (XML + '<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>隐藏的表</t></is></c></row>'
              '</sheetData></worksheet>' % NS)
    package("hand-strings.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", rels([("rId1", "officeDocument", "/xl/workbook.xml")])),
        ("xl/workbook.xml", XML + '<workbook %s %s><workbookPr/><sheets>'
         '<sheet name="图表" sheetId="3" r:id="rId7"/>'
         '<sheet name="说明" sheetId="2" state="hidden" r:id="rId5"/>'
         '<sheet name="名单" sheetId="1" r:id="rId6"/>'
         '<sheet name="其他" sheetId="4" r:id="rId5"/>'
         '</sheets></workbook>' % (NS, NS_R)),
        ("xl/_rels/workbook.xml.rels", rels([
            ("rId5", "worksheet", "worksheets/sheet1.xml"),
            ("rId6", "worksheet", "/xl/worksheets/sheet2.xml"),
            ("rId7", "chartsheet", "chartsheets/sheet1.xml"),
            ("rId8", "sharedStrings", "./sharedStrings.xml"),
        ])),
        ("xl/sharedStrings.xml", XML + '<sst %s>%s</sst>' % (NS, "".join(shared))),
        ("xl/worksheets/sheet1.xml", hidden),
        ("xl/worksheets/sheet2.xml", sheet),
    ])

    # Numbers and dates: builtin and custom formats; the 1900 leap-year bug
    num_fmts = (
        '<numFmts count="7">'
        '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
        '<numFmt numFmtId="177" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;"/>'
        '<numFmt numFmtId="178" formatCode="0.00&quot;d&quot;;[Red]\\-0.00&quot;day&quot;"/>'
        '<numFmt numFmtId="179" formatCode="h:mm"/>'
        '<numFmt numFmtId="180" formatCode="[h]:mm:ss"/>'
        '<numFmt numFmtId="181" formatCode="yyyy\\-mm\\-dd"/>'
        '<numFmt numFmtId="182" formatCode="#,##0.00_);[Red]\\(#,##0.00\\)"/>'
        '</numFmts>')
    # xf index:       0  1   2   3    4    5    6    7    8   9   10  11
    xf_ids = [0, 14, 22, 31, 176, 177, 178, 179, 180, 181, 57, 20, 182, 10]
    cell_xfs = '<cellXfs count="%d">%s</cellXfs>' % (
        len(xf_ids), "".join('<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"/>' % i for i in xf_ids))
    # a numFmt inside dxfs (conditional formatting) must not count
    dxfs = '<dxfs count="1"><dxf><numFmt numFmtId="183" formatCode="yyyy"/></dxf></dxfs>'
    styles = num_fmts + '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' + cell_xfs + dxfs

    def row(r, cells):
        return '<row r="%d">%s</row>' % (r, "".join(
            '<c r="%s%d"%s><v>%s</v></c>' % (col, r, ' s="%d"' % s if s else "", v) for col, s, v in cells))

    shared = ['<si><t>值</t></si>', '<si><t>说明</t></si>']
    data = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' + "".join([
        row(2, [("A", 1, "43539")]),                  # 14: 2019-03-15
        row(3, [("A", 1, "60")]),                     # Excel's 1900-02-29
        row(4, [("A", 1, "59")]),
        row(5, [("A", 1, "61")]),
        row(6, [("A", 1, "1")]),
        row(7, [("A", 2, "45000.75")]),               # 22: m/d/yy h:mm
        row(8, [("A", 3, "44927")]),                  # 31 (CJK yyyy"年"m"月"d"日")
        row(9, [("A", 4, "43100")]),                  # custom yyyy"年"m"月"d"日"
        row(10, [("A", 5, "43101")]),                 # [$-804]yyyy"年"m"月"
        row(11, [("A", 6, "43539")]),                 # 0.00"d": not a date
        row(12, [("A", 7, "0.5")]),                   # h:mm: a time, not a date
        row(13, [("A", 8, "1.25")]),                  # [h]:mm:ss elapsed
        row(14, [("A", 9, "43539.99999999")]),        # rounds to the next second: next day
        row(15, [("A", 10, "45292")]),                # 57 (CJK yyyy"年"m"月")
        row(16, [("A", 11, "0.75")]),                 # 20 (h:mm), a time only
        row(17, [("A", 11, "45292.5")]),              # 20 with a day part
        row(18, [("A", 1, "2958465")]),               # 9999-12-31
        row(19, [("A", 1, "2958466")]),               # beyond: a number
        row(20, [("A", 1, "-1")]),
        row(21, [("A", 0, "1.2E7")]),
        row(22, [("A", 0, "12.5")]),
        row(23, [("A", 0, "0.30000000000000004")]),
        row(24, [("A", 0, "3.50525199001011E+17")]),
        row(25, [("A", 12, "-1234.5600000000002")]),
        row(26, [("A", 0, "1E-10")]),
        row(27, [("A", 0, "1.5E+25")]),
        row(28, [("A", 0, "0.000123")]),
        row(29, [("A", 0, "123456789012345")]),
        row(30, [("A", 0, "1234567890123456789")]),
        row(31, [("A", 13, "0.15")]),                 # 10: 0.00%
        row(32, [("A", 0, "-0")]),
        row(33, [("A", 99, "43539")]),                # a style index beyond cellXfs
        row(34, [("A", 0, "007")]),
        row(35, [("A", 0, "1e21")]),
        row(36, [("A", 0, "999999999999999900000")]),
        row(37, [("A", 0, "0.0000001")]),
        row(38, [("A", 0, "0.00000001")]),
        row(39, [("A", 0, "-0.5")]),
        row(40, [("A", 0, "5.10")]),
        row(41, [("A", 0, "1.0")]),
        row(42, [("A", 0, "1234567890123456")]),
    ]))
    simple_xlsx("hand-numbers.xlsx", data, shared=shared, styles=styles)

    # date1904 (old Mac Excel): serial 0 is 1904-01-01
    styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>' \
             '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>'
    data = "".join([
        '<row r="1"><c r="A1" t="inlineStr"><is><t>成立日期</t></is></c></row>',
        row(2, [("A", 1, "42077")]),                  # 2019-03-15
        row(3, [("A", 1, "1")]),                      # 1904-01-02
        row(4, [("A", 1, "60")]),                     # no leap-day bug: 1904-03-01
        row(5, [("A", 0, "42077")]),                  # General: a number
    ])
    simple_xlsx("hand-date1904.xlsx", data, styles=styles,
                workbook_pr='<workbookPr date1904="1" defaultThemeVersion="124226"/>')

    # damage
    simple_xlsx("bad-xml.xlsx", None, sheet_xml=XML + (
        '<worksheet %s><sheetData>\n<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>\n'
        '<row r="2"><c r="A2"><v>1</v></row>\n</sheetData></worksheet>' % NS))
    simple_xlsx("bad-cell-ref.xlsx",
                '<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>'
                '<row r="2"><c r="A2"><v>1</v></c><c r="2B"><v>2</v></c></row>')
    simple_xlsx("bad-shared-string.xlsx",
                '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="A3"/><c r="B3" t="s"><v>5</v></c></row>',
                shared=['<si><t>企业名称</t></si>'])
    package("bad-no-sheet-part.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", XML + '<workbook %s %s><sheets><sheet name="名单" sheetId="1" r:id="rId1"/>'
                            '</sheets></workbook>' % (NS, NS_R)),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", "worksheet", "worksheets/sheet1.xml")])),
    ])
    package("bad-rels.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", XML + '<workbook %s %s><sheets><sheet name="名单" sheetId="1" r:id="rId1"/>'
                            '</sheets></workbook>' % (NS, NS_R)),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", "worksheet", "worksheets/sheet1.xml")])[:-20]),
        ("xl/worksheets/sheet1.xml", XML + '<worksheet %s><sheetData/></worksheet>' % NS),
    ])
    package("bad-not-ooxml.xlsx", [("readme.txt", "这是一个普通的压缩包。\n")])
    package("fake.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                         ("content.xml", XML + "<office:document-content/>")])
    package("fake.xlsb", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.bin")])),
        ("xl/workbook.bin", b"\x83\x01\x00"),
    ])


# ---------------------------------------------------------------- LibreOffice

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N_ISO">
   <number:year number:style="long"/><number:text>-</number:text>
   <number:month number:style="long"/><number:text>-</number:text>
   <number:day number:style="long"/>
  </number:date-style>
  <number:date-style style:name="N_CN">
   <number:year number:style="long"/><number:text>年</number:text>
   <number:month/><number:text>月</number:text>
   <number:day/><number:text>日</number:text>
  </number:date-style>
  <number:number-style style:name="N_MONEY">
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  </number:number-style>
  <number:percentage-style style:name="N_PCT">
   <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text>
  </number:percentage-style>
  <number:boolean-style style:name="N_BOOL"><number:boolean/></number:boolean-style>
  <style:style style:name="ce_iso" style:family="table-cell" style:data-style-name="N_ISO"/>
  <style:style style:name="ce_cn" style:family="table-cell" style:data-style-name="N_CN"/>
  <style:style style:name="ce_money" style:family="table-cell" style:data-style-name="N_MONEY"/>
  <style:style style:name="ce_pct" style:family="table-cell" style:data-style-name="N_PCT"/>
  <style:style style:name="ce_bool" style:family="table-cell" style:data-style-name="N_BOOL"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
"""


def s(text):
    paras = "".join("<text:p>%s</text:p>" % escape(p) for p in text.split("\n"))
    return '<table:table-cell office:value-type="string" office:string-value="%s">%s</table:table-cell>' % (
        escape(text, {'"': "&quot;", "\n": "&#10;"}), paras)


def f(value, style=None, formula=None):
    attrs = ' table:style-name="%s"' % style if style else ""
    attrs += ' table:formula="%s"' % formula if formula else ""
    return '<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (
        attrs, value, value)


def d(iso, style):
    return ('<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, iso, iso))


def empty(n=1):
    return '<table:table-cell table:number-columns-repeated="%d"/>' % n if n > 1 else "<table:table-cell/>"


def lo_types_fods():
    e = ENTERPRISES
    rows = [
        [s("企业名称"), s("统一社会信用代码"), s("成立日期"), s("认定日期"), s("注册资本（万元）"),
         s("研发投入占比"), s("是否小巨人"), s("备注"), s("年营收（元）"), s("公式")],
        [s(e[0][0]), s(e[0][1]), d("2019-03-15", "ce_iso"), d("2023-12-01", "ce_cn"), f("1200", "ce_money"),
         f("0.15", "ce_pct"),
         '<table:table-cell table:style-name="ce_bool" office:value-type="boolean" office:boolean-value="true">'
         '<text:p>TRUE</text:p></table:table-cell>',
         s("香业\n出口"), f("12000000"),
         '<table:table-cell table:formula="of:=[.A2]&amp;&quot;（桃城镇）&quot;" office:value-type="string" '
         'office:string-value="%s（桃城镇）"><text:p>%s（桃城镇）</text:p></table:table-cell>' % (e[0][0], e[0][0])],
        [s(e[1][0]), s(e[1][1]), d("2016-11-08", "ce_iso"), d("2024-06-30", "ce_cn"), f("850.5", "ce_money"),
         f("0.035", "ce_pct"),
         '<table:table-cell table:style-name="ce_bool" office:value-type="boolean" office:boolean-value="false">'
         '<text:p>FALSE</text:p></table:table-cell>',
         s('含"引号"与,逗号'), f("98765432.1"), f("1701", formula="of:=[.E3]*2")],
        # a sparse row: the name, then only the amount and the revenue
        [s(e[2][0]), empty(3), f("300", "ce_money"), empty(3), f("0.1")],
    ]
    body = "".join("<table:table-row>%s</table:table-row>" % "".join(r) for r in rows)
    other = "<table:table-row>%s</table:table-row>" % s("第二张表不读")
    return (FODS_HEAD +
            '<table:table table:name="企业名单">%s</table:table>' % body +
            '<table:table table:name="其他">%s</table:table>' % other +
            "  </office:spreadsheet>\n </office:body>\n</office:document>\n")


def libreoffice_fixtures():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice not found: apt-get install libreoffice-calc-nogui")
    write("lo-types.fods", lo_types_fods().encode("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        profile = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
        # UTF-8 (76), comma (44), quote (34), from line 1; ISO dates become dates
        subprocess.run([soffice, profile, "--headless", "--infilter=CSV:44,34,76,1",
                        "--convert-to", "xlsx", "--outdir", tmp,
                        os.path.join(HERE, "enterprises-utf8.csv")], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "enterprises-utf8.xlsx"), os.path.join(HERE, "lo-enterprises.xlsx"))
        subprocess.run([soffice, profile, "--headless", "--convert-to", "xlsx", "--outdir", tmp,
                        os.path.join(HERE, "lo-types.fods")], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "lo-types.xlsx"), os.path.join(HERE, "lo-types.xlsx"))


if __name__ == "__main__":
    text_fixtures()
    hand_xlsx()
    if "--lo" in sys.argv[1:]:
        libreoffice_fixtures()
