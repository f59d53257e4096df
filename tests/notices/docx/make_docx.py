#!/usr/bin/env python3
"""Write the five Word test notices of tests/notices/docx (standard library only).

usage: make_docx.py [OUT_DIR]        (default: the folder of this script)

Each notice is written below as a list of paragraphs and tables, in the order
Word shows them. A paragraph is a string in a small markup:

  |                 a run boundary: Word split the text into a new <w:r> here
                    (each run gets the next rsid of the notice, as after edits)
  {tab} {br}        <w:tab/>, <w:br/> (a line break inside the paragraph)
  {pb} {lrpb}       a page break <w:br w:type="page"/>, <w:lastRenderedPageBreak/>
  {ps} {pe}         <w:proofErr w:type="spellStart"/> / "spellEnd"
  {gs} {ge}         <w:proofErr w:type="gramStart"/> / "gramEnd"
  {bs|NAME} {be}    <w:bookmarkStart w:name="NAME"/> / the matching <w:bookmarkEnd/>
  {f|fs} {f|hei} {f|kai} {f|xbs}   switch the East Asian font of the next runs
                    (仿宋_GB2312 / 黑体 / 楷体_GB2312 / 方正小标宋简体)
  {b} {/b}          bold on / off
  {del|TEXT}        a tracked deletion <w:del><w:r><w:delText>TEXT</w:delText>…
  {ins|TEXT}        a tracked insertion <w:ins><w:r><w:t>TEXT</w:t>…
  {fld|INSTR|TEXT}  a complex field: fldChar begin, instrText INSTR, separate,
                    the result TEXT, end
  {sdtdate|ISO|TEXT} a date-picker content control (w:sdt) showing TEXT

Automatic numbering is given as num=(numId, ilvl); the label (一、 （一） 1.)
is then not in the text but in word/numbering.xml. Tables are lists of rows;
a cell is a string, a list of strings (several paragraphs) or a dict with
"p" (paragraphs), "span" (w:gridSpan), "vm" ("restart" / "cont" for
w:vMerge) and "num" (an automatically numbered 序号 cell).

Running it twice gives the same bytes: the zip entries carry a fixed
timestamp (the notice's date) and are written in a fixed order.
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 wp14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

FONTS = {"fs": "仿宋_GB2312", "hei": "黑体", "kai": "楷体_GB2312", "xbs": "方正小标宋简体"}

# paragraph kinds: (font, half-points, first-line indent in twips, alignment)
KINDS = {
    "body": ("fs", 32, 640, "both"),
    "noind": ("fs", 32, 0, "both"),
    "h1": ("hei", 32, 640, "both"),
    "h2": ("kai", 32, 640, "both"),
    "title": ("xbs", 44, 0, "center"),
    "docno": ("fs", 32, 0, "center"),
    "sign": ("fs", 32, 0, "right"),
    "mast": ("xbs", 72, 0, "distribute"),
    "cell": ("fs", 24, 0, "left"),
    "ccell": ("fs", 24, 0, "center"),
    "hcell": ("hei", 24, 0, "center"),
    "cc": ("fs", 28, 0, "left"),
    "empty": ("fs", 32, 0, "both"),
}

TOKEN = re.compile(r"(\{[^{}]*\})")


class Doc:
    """The state of one notice while its document.xml is written."""

    def __init__(self, rsids, date, author="县政府办文电科"):
        self.rsids = rsids
        self.author = author
        self.k = 0
        self.bm = 0
        self.open_bm = []
        self.rev = 0
        self.date = date

    def rsid(self):
        r = self.rsids[self.k % len(self.rsids)]
        self.k += 1
        return r


def rpr(font, size, bold=False, red=False):
    f = FONTS[font]
    s = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" '
         'w:hAnsi="Times New Roman" w:hint="eastAsia"/>' % f)
    if bold:
        s += "<w:b/><w:bCs/>"
    if red:
        s += '<w:color w:val="FF0000"/>'
    if size != 21:
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return s + "</w:rPr>"


def t_el(text, tag="w:t"):
    sp = ' xml:space="preserve"' if text[:1] in " \u3000" or text[-1:] in " \u3000" else ""
    return "<%s%s>%s</%s>" % (tag, sp, escape(text), tag)


def runs(doc, text, font, size, red=False):
    """The runs of one paragraph written in the markup of the module doc."""
    out = []
    bold = False
    for piece in TOKEN.split(text):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            tok = piece[1:-1].split("|")
            name = tok[0]
            rp = rpr(font, size, bold, red)
            if name == "tab":
                out.append('<w:r w:rsidR="%s">%s<w:tab/></w:r>' % (doc.rsid(), rp))
            elif name == "br":
                out.append('<w:r w:rsidR="%s">%s<w:br/></w:r>' % (doc.rsid(), rp))
            elif name == "pb":
                out.append('<w:r w:rsidR="%s">%s<w:br w:type="page"/></w:r>' % (doc.rsid(), rp))
            elif name == "lrpb":
                out.append('<w:r w:rsidR="%s">%s<w:lastRenderedPageBreak/></w:r>' % (doc.rsid(), rp))
            elif name in ("ps", "pe", "gs", "ge"):
                kind = {"ps": "spellStart", "pe": "spellEnd",
                        "gs": "gramStart", "ge": "gramEnd"}[name]
                out.append('<w:proofErr w:type="%s"/>' % kind)
            elif name == "bs":
                out.append('<w:bookmarkStart w:id="%d" w:name="%s"/>' % (doc.bm, tok[1]))
                doc.open_bm.append(doc.bm)
                doc.bm += 1
            elif name == "be":
                out.append('<w:bookmarkEnd w:id="%d"/>' % doc.open_bm.pop())
            elif name == "f":
                font = tok[1]
            elif name == "b":
                bold = True
            elif name == "/b":
                bold = False
            elif name == "del":
                doc.rev += 1
                out.append('<w:del w:id="%d" w:author="%s" w:date="%sT16:42:00Z">'
                           '<w:r w:rsidDel="%s" w:rsidR="%s">%s%s</w:r></w:del>'
                           % (doc.rev, doc.author, doc.date, doc.rsids[-1], doc.rsids[0], rp,
                              t_el(tok[1], "w:delText")))
            elif name == "ins":
                doc.rev += 1
                out.append('<w:ins w:id="%d" w:author="%s" w:date="%sT16:43:00Z">'
                           '<w:r w:rsidR="%s">%s%s</w:r></w:ins>'
                           % (doc.rev, doc.author, doc.date, doc.rsids[-1], rp, t_el(tok[1])))
            elif name == "fld":
                r = doc.rsid()
                out.append('<w:r w:rsidR="%s">%s<w:fldChar w:fldCharType="begin"/></w:r>'
                           '<w:r w:rsidR="%s">%s%s</w:r>'
                           '<w:r w:rsidR="%s">%s<w:fldChar w:fldCharType="separate"/></w:r>'
                           '<w:r w:rsidR="%s">%s%s</w:r>'
                           '<w:r w:rsidR="%s">%s<w:fldChar w:fldCharType="end"/></w:r>'
                           % (r, rp, r, rp, t_el(" %s " % tok[1], "w:instrText"), r, rp,
                              r, rp, t_el(tok[2]), r, rp))
            elif name == "sdtdate":
                doc.bm += 1
                out.append('<w:sdt><w:sdtPr>%s<w:alias w:val="成文日期"/><w:tag w:val="cwrq"/>'
                           '<w:id w:val="-18%05d"/><w:date w:fullDate="%sT00:00:00Z">'
                           '<w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/>'
                           '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
                           '</w:date></w:sdtPr><w:sdtEndPr/><w:sdtContent>'
                           '<w:r w:rsidR="%s">%s%s</w:r></w:sdtContent></w:sdt>'
                           % (rp, 4217 + doc.bm, tok[1], doc.rsid(), rp, t_el(tok[2])))
            else:
                raise ValueError("unknown token %r" % piece)
            continue
        for chunk in piece.split("|"):
            if chunk:
                out.append('<w:r w:rsidR="%s">%s%s</w:r>'
                           % (doc.rsid(), rpr(font, size, bold, red), t_el(chunk)))
    return "".join(out)


def par(doc, text, kind="body", num=None, red=False, border=False, sect=None,
        jc=None, ind_right=0, before=0, keep=False):
    font, size, first, align = KINDS[kind]
    ppr = []
    if kind == "cc":
        ppr.append('<w:pStyle w:val="a7"/>')
    if keep:
        ppr.append("<w:keepNext/>")
    if num:
        ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0]))
    if border:
        ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr>')
    if kind in ("cell", "ccell", "hcell", "cc"):
        ppr.append('<w:spacing w:line="320" w:lineRule="exact"/>')
    elif kind == "title":
        ppr.append('<w:spacing w:before="%d" w:line="700" w:lineRule="exact"/>' % before)
    elif kind == "mast":
        ppr.append('<w:spacing w:line="1200" w:lineRule="exact"/>')
    else:
        ppr.append('<w:spacing w:before="%d" w:line="560" w:lineRule="exact"/>' % before)
    if first or ind_right:
        ind = '<w:ind'
        if ind_right:
            ind += ' w:right="%d"' % ind_right
        if first:
            ind += ' w:firstLineChars="200" w:firstLine="%d"' % first
        ppr.append(ind + "/>")
    ppr.append('<w:jc w:val="%s"/>' % (jc or align))
    if sect:
        ppr.append(sect)
    ppr.append(rpr(font, size, False, red))
    r = doc.rsid()
    return ('<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr>%s</w:pPr>%s</w:p>'
            % (r, doc.rsids[0], r, "".join(ppr), runs(doc, text, font, size, red)))


BORDERS_ALL = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>')
BORDERS_NONE = ('<w:tblBorders><w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                '<w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                '<w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                '<w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                '<w:insideH w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                '<w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:tblBorders>')
BORDERS_CC = ('<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="auto"/>'
              '<w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="auto"/>'
              '<w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:tblBorders>')


def table(doc, rows, widths, header=0, borders=BORDERS_ALL, kind="cell", first_kind=None):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="a8"/><w:tblW w:w="%d" w:type="dxa"/>'
           '<w:jc w:val="center"/>%s<w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (sum(widths), borders, grid)]
    for ri, row in enumerate(rows):
        r = doc.rsid()
        trpr = '<w:trPr><w:trHeight w:val="567"/>%s</w:trPr>' % (
            "<w:tblHeader/>" if ri < header else "")
        out.append('<w:tr w:rsidR="%s" w:rsidTr="%s">%s' % (r, r, trpr))
        col = 0
        for cell in row:
            c = cell if isinstance(cell, dict) else {"p": cell}
            paras = c.get("p", "")
            if isinstance(paras, str):
                paras = [paras]
            span = c.get("span", 1)
            w = sum(widths[col:col + span])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if span > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % span
            if c.get("vm") == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif c.get("vm") == "cont":
                tcpr += "<w:vMerge/>"
                paras = [""]
            tcpr += '<w:vAlign w:val="center"/>'
            k = c.get("kind") or ("hcell" if ri < header else
                                  (first_kind if col == 0 and first_kind else kind))
            body = "".join(par(doc, p, k, num=c.get("num"), red=c.get("red", False)) for p in paras)
            out.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, body))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def masthead_table(doc, text):
    """The red 版头 as a one-row table without borders (a common template)."""
    return table(doc, [[{"p": text, "kind": "mast", "red": True}]], [8844], borders=BORDERS_NONE)


def masthead_textbox(doc, text):
    """The red 版头 in a floating text box, as Word 2010+ saves it: a DrawingML
    shape in mc:Choice and the same box again as VML in mc:Fallback."""
    inner = par(doc, text, "mast", red=True)
    inner_fb = par(doc, text, "mast", red=True)
    anchor = (
        '<w:r w:rsidR="%s"><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
        'distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="1" '
        'layoutInCell="1" allowOverlap="1" wp14:anchorId="3A5C1E27" wp14:editId="6F02B9D4">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align>'
        '</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>1259840</wp:posOffset>'
        '</wp:positionV><wp:extent cx="5615940" cy="720090"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="5615940" cy="720090"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent>'
        '</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
        'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" '
        'coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" '
        'o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;left:0;text-align:left;'
        'margin-left:0;margin-top:99.2pt;width:442.2pt;height:56.7pt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:page" filled="f" stroked="f"><v:textbox inset="0,0,0,0">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchory="page"/>'
        '<w10:anchorlock/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (doc.rsid(), inner, inner_fb))
    r = doc.rsid()
    return ('<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr><w:spacing w:line="560" '
            'w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>%s</w:p>' % (r, doc.rsids[0], r, anchor))


def cc_table(doc, lines):
    """The 抄送 / 印发 block: a two-row table with rules above, between and below."""
    return table(doc, [[l] for l in lines], [8844], borders=BORDERS_CC, kind="cc")


def sect_pr(doc, landscape=False, next_page=False, final=False):
    pg = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape" w:code="9"/>'
          '<w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984" w:header="851" '
          'w:footer="992" w:gutter="0"/>' if landscape else
          '<w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="2098" w:right="1474" '
          'w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/>')
    return ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:footerReference w:type="even" r:id="rId5"/>'
            '<w:footerReference w:type="default" r:id="rId6"/>%s%s<w:cols w:space="425"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
            % (doc.rsids[0], doc.rsids[1], '<w:type w:val="nextPage"/>' if next_page else "", pg))


# ---------------------------------------------------------------- package parts

def numbering_xml(abstracts, nums):
    """abstracts: {absId: [(numFmt, lvlText, start, suff), ...] by ilvl};
    nums: [(numId, absId, {ilvl: startOverride})]."""
    out = [DECL, '<w:numbering %s>' % NS]
    for aid, lvls in sorted(abstracts.items()):
        out.append('<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0">'
                   '<w:nsid w:val="%08X"/><w:multiLevelType w:val="hybridMultilevel"/>'
                   '<w:tmpl w:val="%08X"/>' % (aid, 0x1F2A3B40 + aid, 0x6C0E5A12 + aid))
        for ilvl, (fmt, text, start, suff) in enumerate(lvls):
            out.append('<w:lvl w:ilvl="%d" w:tplc="%08X"><w:start w:val="%d"/><w:numFmt w:val="%s"/>'
                       '<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                       '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
                       '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>'
                       % (ilvl, 0x04090019 + ilvl, start, fmt, suff, escape(text)))
        out.append("</w:abstractNum>")
    for nid, aid, over in nums:
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>' % (nid, aid))
        for ilvl, st in sorted(over.items()):
            out.append('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>'
                       % (ilvl, st))
        out.append("</w:num>")
    out.append("</w:numbering>")
    return "".join(out)


STYLES = (DECL + '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
          'w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
          '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" '
          'w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
          '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
          '</w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
          '<w:link w:val="a6"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
          '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/>'
          '</w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="a6"><w:name w:val="页脚 字符"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="a5"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a7"><w:name w:val="版记"/>'
          '<w:basedOn w:val="a"/><w:pPr><w:ind w:left="316" w:right="316"/></w:pPr></w:style>'
          '<w:style w:type="table" w:styleId="a8"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/>'
          '<w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" '
          'w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom '
          'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" '
          'w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
          '</w:styles>') % NS


def footer_xml(jc):
    return (DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="a5"/><w:ind w:left="320" w:right="320"/>'
            '<w:jc w:val="%s"/><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/>'
            '<w:szCs w:val="28"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/>'
            '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/>'
            '</w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" '
            'w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve">'
            ' PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/>'
            '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:noProof/><w:sz w:val="28"/>'
            '<w:szCs w:val="28"/><w:lang w:val="zh-CN"/></w:rPr><w:t>%s</w:t></w:r><w:r><w:rPr>'
            '<w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>'
            '<w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/>'
            '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p>'
            '</w:ftr>') % (NS, jc, "2" if jc == "left" else "1")


SETTINGS = (DECL + '<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
            '<w:zoom w:percent="100"/>%s<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:drawingGridHorizontalSpacing '
            'w:val="158"/><w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery '
            'w:val="0"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat>'
            '<w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
            '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids>%s</w:rsids>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/>'
            '<w:listSeparator w:val=","/></w:settings>')

FONT_TABLE = (DECL + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              + "".join('<w:font w:name="%s"><w:charset w:val="86"/><w:family w:val="%s"/>'
                        '<w:pitch w:val="fixed"/></w:font>' % (f, fam) for f, fam in
                        (("仿宋_GB2312", "modern"), ("黑体", "modern"), ("楷体_GB2312", "modern"),
                         ("方正小标宋简体", "script"), ("宋体", "auto")))
              + '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
                '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
                '</w:fonts>')

CONTENT_TYPES = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.fontTable+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                 'package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.extended-properties+xml"/></Types>')

RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')

DOC_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
                      '2006/relationships/%s" Target="%s"/>' % (i, t, f) for i, t, f in (
                          (1, "numbering", "numbering.xml"), (2, "styles", "styles.xml"),
                          (3, "settings", "settings.xml"), (4, "fontTable", "fontTable.xml"),
                          (5, "footer", "footer1.xml"), (6, "footer", "footer2.xml")))
            + "</Relationships>")


def core_xml(title, author, date):
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title>'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%sT01:12:00Z'
            '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%sT08:43:00Z</dcterms:modified>'
            '</cp:coreProperties>') % (escape(author), escape(author), date, date)


def app_xml(chars):
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
            'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>46</TotalTime><Pages>4</Pages>'
            '<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word</Application>'
            '<DocSecurity>0</DocSecurity><Lines>40</Lines><Paragraphs>11</Paragraphs>'
            '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
            '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            % (chars // 2, chars, chars + 40))


def write_docx(path, body, numbering, rsids, date, author):
    """Zip the parts in a fixed order with a fixed timestamp (the notice date)."""
    document = DECL + "<w:document %s><w:body>%s</w:body></w:document>" % (NS, body)
    y, m, d = (int(x) for x in date.split("-"))
    chars = len(re.sub(r"<[^>]+>", "", body))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footer1.xml", footer_xml("left")),
        ("word/footer2.xml", footer_xml("right")),
        ("word/numbering.xml", numbering),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS % ('<w:trackRevisions/>' if "<w:del " in body else "",
                                          "".join('<w:rsid w:val="%s"/>' % r for r in sorted(rsids)))),
        ("word/fontTable.xml", FONT_TABLE),
        ("docProps/core.xml", core_xml("", author, date)),
        ("docProps/app.xml", app_xml(chars)),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(y, m, d, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


# The outline used by 01, 02 and 04: 一、 → （一） → 1. ; Word's suffix "nothing"
# (no TAB after the label), as 公文 templates set it.
OUTLINE = [("chineseCounting", "%1、", 1, "nothing"),
           ("chineseCounting", "（%2）", 1, "nothing"),
           ("decimal", "%3.", 1, "nothing")]
OUTLINE_K = [("chineseCountingThousand", "%1、", 1, "nothing"),
             ("chineseCounting", "（%2）", 1, "nothing"),
             ("decimal", "%3.", 1, "nothing")]
SEQ = [("decimal", "%1", 1, "nothing")]


# ====================================================================== 01
# 缙云县人民政府办公室 (浙江), 2024: cover 关于印发《…实施方案》的通知 + the
# 实施方案, numbered by Word (一、 → （一） → 1.; 1. restarts under each （一）).

def notice_01():
    d = Doc(["00C81F2A", "004E6B19", "00A3D75C", "0016F0B8", "007B2E41", "00E95A03",
             "0052C7DE", "00F1088B"], "2024-05-16")
    H1, H2, L3 = (1, 0), (1, 1), (1, 2)
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    b.append(masthead_table(d, "缙云县人民政府办公室文件"))
    P("", "empty")
    P("缙政办发〔2024〕31号", "docno", border=True)
    P("关于印发《缙云县城镇燃气安全|专项整治{br}实施方案》的通知", "title", before=600)
    P("", "empty")
    P("各乡镇人民政府、街道办事处，县政府各部门、|各直属单位：", "noind")
    P("《缙云县城镇燃气安全专项整治实施方案》已经县政府同意，现印发给你们，请结合实际认真组织实施。"
      "实施中遇到的重大问题，请及时向县燃气安全专项整治工作专班办公室反映。")
    P("", "empty")
    P("", "empty")
    P("缙云县人民政府|办公室", "sign", ind_right=1280)
    P("2024年5月|16日", "sign", ind_right=1440)
    P("（此件公开发布）")
    P("{pb}", "empty")
    P("{lrpb}缙云县城镇燃气安全专项整治实施方案", "title")
    P("", "empty")
    P("为深刻汲取近期省内外燃气安全事故教训，全面排查整治城镇燃气安全风险|隐患，坚决遏制燃气安全事故发生，"
      "切实保障人民群众生命财产安全，根据省、市关于开展城镇燃气安全专项整治的部署要求，结合我县实际，制定本方案。"
      "本方案所称城镇燃气，包括管道天然气、瓶装液化石油气及其经营、储存、输配和使用环节。")
    P("工作目标", "h1", num=H1)
    P("到2024年底，全县燃气经营、输送配送、餐饮用户等环节的重大安全隐患全部动态|清零，城区餐饮场所"
      "“瓶改管”完成率达到60%以上，瓶装液化石油气用户智能{ps}角阀{pe}安装率达到90%以上，燃气安全|监管长效机制基本建立，"
      "企业主体责任、部门监管责任和属地管理责任全面压实，全县燃气安全形势持续稳定向好。")
    P("整治内容", "h1", num=H1)
    P("燃气经营企业", "h2", num=H2)
    P("{f|hei}全面排查企业安全隐患。{f|fs}对全县瓶装液化石油气经营企业、管道燃气企业开展全覆盖检查，重点查找"
      "储配站（供应站）安全间距不足、消防设施缺失、违规充装“超期瓶”“报废瓶”等问题，检查覆盖率达到100%。"
      "6月|30日前建立隐患清单和整改责任清单，逐项明确整改措施、责任人员和销号要求。（县综合行政|执法局牵头，"
      "县应急管理局、县市场|监管局、县消防救援大队配合）", num=L3)
    P("{f|hei}规范瓶装燃气配送服务。{f|fs}全面推行瓶装液化石油气“实名制购气+信息化配送”模式，严禁无资质人员"
      "和车辆从事配送，对配送车辆统一安装定位装置、统一标识，9月底前实现气瓶充装、配送、使用全过程可追溯，用户智能角阀安装率达到90%以上。"
      "（县综合行政执法局负责，县交通运输局、县公安局|配合）", num=L3)
    P("{f|hei}加快老旧管网更新改造。{f|fs}对运行年限长、腐蚀严重的城镇老旧燃气管道和设施实施更新改造，"
      "同步更换居民户内老化胶管和不合格调压装置，优先改造学校、医院、农贸市场周边管段，年内完成老旧燃气管网改造12.5公里。（县住房和|城乡建设局牵头，"
      "县综合行政执法局、县财政局配合）", num=L3)
    P("燃气使用场所", "h2", num=H2)
    P("{f|hei}推进餐饮场所“瓶改管”。{f|fs}对具备管道燃气供气条件的城区餐饮场所逐户制定改造计划，10月底前"
      "“瓶改管”完成率达到60%以上；暂不具备条件的，督促其规范设置独立气瓶间。（县商务局、县综合行政执法局"
      "按职责分工|负责，各乡镇（街道）配|合）", num=L3)
    P("{f|hei}加装可燃气体报警装置。{f|fs}餐饮等公共场所燃气用户应当安装可燃气体报警装置并保持正常使用，"
      "8月31日前安装率达到100%，对未按要求安装的依法予以查处。（县市场监管局负责，县综合行政执法局督导）", num=L3)
    P("{f|hei}开展居民用户入户安检。{f|fs}燃气经营企业每年对管道燃气居民用户至少开展一次入户安全检查，"
      "对独居老人、残疾人等特殊群体每半年上门检查一次，发现隐患当场告知并跟踪整改。（各乡镇（街道）负责，"
      "县综合行政执法局指导）", num=L3)
    P("燃气工程和燃气具", "h2", num=H2)
    P("{f|hei}整治燃气工程违法违规行为。{f|fs}严查燃气工程未批先建、无资质施工、擅自变更设计等行为，"
      "县住房和城乡建设局每季度组织一次燃气工程质量安全专项检查，对查实的违法违规行为依法处理并纳入"
      "企业信用记录。（县住房和城乡建设局负责）", num=L3)
    P("{f|hei}清理整治问题燃气具。{f|fs}加强燃气灶具、连接软管、减压阀等产品质量监管，11月30日前完成生产、"
      "销售环节全覆盖抽检，抽检不少于40批次，对抽检不合格的产品依法下架、召回并追溯源头。（县市场监管局牵|头，县公安局、县消防|救援大队配合）", num=L3)
    P("燃气安全智慧监管", "h2", num=H2)
    P("{f|hei}建设燃气安全智慧监管平台。{f|fs}依托县城市运行管理服务平台，汇聚燃气企业、场站、管网、气瓶"
      "和用户数据，推行瓶装燃气“一瓶一码”管理，12月20日前实现气瓶流转数据全量接入，数据接入率达到100%。"
      "（县综合行政执法局牵头，县大数据发展管理中心配合）", num=L3)
    P("{f|hei}建立隐患举报奖励制度。{f|fs}向社会公布燃气安全隐患举报电话96345，畅通网络、信件等举报渠道，"
      "对经查证属实的举报按规定给予奖励，举报线索办结率达到100%。（县综合行政执法局负责）", num=L3)
    P("实施步骤", "h1", num=H1)
    P("{f|kai}动员部署（2024年5月16日—5月31日）。{f|fs}各乡镇（街道）、各有关部门结合实际制定具体工作方案，"
      "明确责任人员，于5月28日前报县燃气安全专项整治工作专班办公室。同时组织召开动员会议，对辖区燃气经营单位、"
      "餐饮场所和老旧小区燃气设施进行全面摸底，做到底数清、情况明。", "body", num=H2)
    P("{f|kai}排查整治（2024年6月1日—10月31日）。{f|fs}对照隐患清单逐项销号，一时难以整改的落实管控措施、"
      "明确整改责任人。对排查发现的重大隐患实行挂牌督办，整改完成一处、验收销号一处。专班办公室每周汇总一次"
      "整治进展，每月通报一次。", num=H2)
    P("{f|kai}巩固提升（2024年11月1日—12月31日）。{f|fs}全面开展“回头看”，梳理总结经验做法，健全燃气安全"
      "长效监管机制，12月15日前形成专项整治工作总结。", num=H2)
    P("保障措施", "h1", num=H1)
    P("{f|kai}加强组织领导。{f|fs}成立县城镇燃气安全专项整治工作专班，由县政府分管副县长任组长，专班办公室"
      "设在县综合行政执法局，负责日常统筹协调、调度督导和情况汇总。各乡镇（街道）要相应建立工作机制，明确专人负责，确保各项整治任务"
      "落到实处。", num=H2)
    P("{f|kai}强化联合执法。{f|fs}县综合行政执法局会同县公安局、县市场监管局负责查处非法经营、非法储存、"
      "违规充装燃气等行为，对拒不整改或者整改不到位的经营单位依法依规从重处罚。", num=H2)
    P("{f|kai}营造良好氛围。{f|fs}充分利用电视、报纸、新媒体等平台，开展燃气安全“进社区、进企业、进校园、"
      "进家庭”宣传活动，全年发放安全用气宣传资料不少于3万份。（县委宣传部牵头，县融媒体中心、"
      "各乡镇（街道）配合）", num=H2)
    P("{f|kai}严格考核问责。{f|fs}将专项整治工作纳入平安缙云建设考核内容，对工作推进不力、隐患整改不到位"
      "或者发生较大影响燃气安全事故的，由县纪委县监委依规依纪依法严肃追究相关单位和人员责任。"
      "{bs|_GoBack}{be}", num=H2)
    P("", "empty")
    b.append(cc_table(d, ["抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。",
                          "缙云县人民政府办公室{tab}{tab}{tab}{tab}{tab}{tab}{tab}2024年5月17日印发"]))
    b.append(sect_pr(d))
    num = numbering_xml({0: OUTLINE}, [(1, 0, {})])
    return "01_jinyun_zhengfuban_2024_ranqi_zhengzhi_fangan", "".join(b), num, d


# ====================================================================== 02
# 成都市郫都区人民政府办公室 (四川), 2025: cover with numbered directives (numId 1)
# + 工作要点 whose numbering restarts (numId 2: same abstractNum, startOverride 1)
# + 附件 任务分解表 in a landscape section: header row, category rows spanning the
# table, two vMerge'd 牵头单位 cells, 重点任务 cells of two paragraphs.

def notice_02():
    d = Doc(["0031A6C2", "00D2478E", "006F93B0", "00B81C5D", "00294EF7", "00EA0D63",
             "0077C2A9", "00C5F814"], "2025-03-12")
    C1, A1, A2 = (1, 0), (2, 0), (2, 1)
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    b.append(masthead_table(d, "成都市郫都区人民政府办公室文件"))
    P("", "empty")
    P("郫府办发〔2025〕4号", "docno", border=True)
    P("关于印发《郫都区2025年优化营商|环境工作要点》的通知", "title", before=600)
    P("", "empty")
    P("各镇人民政府、街道办事处，区级各部门，有关单位：", "noind")
    P("《郫都区2025年优化营商环境工作要点》已经区政府常务会议审议通过，现印发给你们，并就抓好落实提出"
      "以下要求，请一并遵照执行。各镇（街道）、各部门要把优化营商环境作为“一把手”工程，主动对标先进地区"
      "经验做法，以企业感受检验工作成效。")
    P("{f|hei}细化工作措施。{f|fs}各牵头单位要对照《{bs|_Hlk191562208}郫都区2025年优化营商环境|重点任务分解表{be}》，逐项制定推进"
      "计划和责任清单，于2025年3月31日前报区优化营商环境工作领导小组办公室（以下简称区营商办）。", num=C1)
    P("{f|hei}强化调度督导。{f|fs}区营商办按季度调度任务进展，每半年委托第三方机构开展一次营商环境评估，"
      "评估结果纳入年度目标绩效考核。", num=C1)
    P("{f|hei}严格责任追究。{f|fs}对工作推进不力、经查实损害营商环境的单位和个人，由区纪委监委依规依纪依法"
      "严肃追责问责。", num=C1)
    P("", "empty")
    P("成都市郫都区人民政府办公室", "sign", ind_right=960)
    P("2025年3月|12日", "sign", ind_right=1440)
    P("（此件公开发布）")
    P("{pb}", "empty")
    P("{lrpb}郫都区2025年优化营商环境工作要点", "title")
    P("", "empty")
    P("2025年是“十四五”规划收官之年。为深入贯彻落实国家、省、市关于优化营商环境的决策部署，持续打造市场化、"
      "法治化、国际化一流营商环境，进一步激发各类经营主体活力，推动全区经济持续回升向好，结合郫都实际，"
      "制定本工作要点。各项任务的牵头单位、配合单位和完成时限见附件。")
    P("提升政务服务效能", "h1", num=A1)
    P("{f|kai}深化“高效办成一件事”改革。{f|fs}拓展“一件事一次办”应用场景，推动企业开办、工程建设、员工"
      "招聘等关联事项集成办理，推动线上“一网通办”、线下“一窗综办”，年内新增集成办理事项不少于10项。", num=A2)
    P("{f|kai}推进政务服务标准化规范化。{f|fs}全面梳理区级政务服务事项实施清单，统一办事指南和审查要点，"
      "9月底前区级依申请政务服务事项网上可办率达到98%以上。", num=A2)
    P("{f|kai}提升工程建设项目审批效率。{f|fs}深化“拿地即开工”“竣工即交付”改革，推行联合审图、联合验收，"
      "社会投资简易低风险项目全流程审批时间压缩至15个工作日以内。", num=A2)
    P("优化市场准入退出环境", "h1", num=A1)
    P("{f|kai}便利经营主体登记注册。{f|fs}推广电子营业执照和“一照多址”改革，企业开办全程网办率稳定在95%以上，"
      "企业开办时间压缩至0.5个工作日以内。", num=A2)
    P("{f|kai}规范涉企行政检查。{f|fs}全面推行“综合查一次”和“无事不扰”，统筹制定涉企检查计划，"
      "推行“{ps}扫码入企{pe}”，涉企现场检查次数较上年减少20%以上，坚决杜绝随意检查、多头检查、重复检查。", num=A2)
    P("强化要素保障支撑", "h1", num=A1)
    P("{f|kai}提升融资服务质效。{f|fs}每月组织一次银企对接活动，扩大“科创贷”“园保贷”覆盖面，全年新增"
      "普惠小微企业贷款不低于30亿元，推动综合融资成本稳中有降。", num=A2)
    P("{f|kai}加强产业用地保障。{f|fs}坚持以亩产论英雄，盘活存量低效用地，年内完成批而未供和闲置土地处置"
      "不少于600亩。", num=A2)
    P("营造公平公正法治环境", "h1", num=A1)
    P("{f|kai}强化知识产权保护。{f|fs}健全知识产权快速协同保护机制，每季度开展一次知识产权侵权假冒专项执法"
      "行动。", num=A2)
    P("{f|kai}畅通企业诉求解决渠道。{f|fs}完善“蓉易办”企业诉求快速响应机制，健全领导干部联系重点企业制度，对企业反映的问题实行清单化闭环管理，企业诉求办结率达到100%，"
      "企业满意率达到95%以上。", num=A2)
    P("强化组织保障", "h1", num=A1)
    P("{f|kai}压实工作责任。{f|fs}各牵头单位主要负责同志是本单位优化营商环境工作第一责任人，要建立"
      "“一任务一专班”推进机制，对照任务分解表挂图作战、清单管理，确保各项任务按时保质完成，重大事项及时向区政府报告。", num=A2)
    P("{f|kai}加强宣传推广。{f|fs}充分利用各类媒体平台宣传解读惠企政策，每半年发布一批优化营商环境典型"
      "案例，及时回应企业关切，营造亲商安商的良好氛围。{bs|_GoBack}{be}", num=A2)
    P("附件：郫都区2025年优化营商环境重点任务分解表", "noind", before=300)
    b.append(par(d, "", "empty", sect=sect_pr(d)))
    P("{f|hei}附件", "noind")
    P("郫都区2025年优化营商环境重点任务分解表", "title")
    cat = lambda t: [{"p": "{f|hei}" + t, "span": 5}]
    b.append(table(d, [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        cat("一、政务服务环境"),
        ["1", ["推行“一件事一次办”|集成服务。", "围绕企业和个人全生命周期，新增企业信息变更、企业注销等集成"
               "办理事项，实现“一张表单、一次提交、并联审批”。"],
         {"p": "区行政|审批局", "vm": "restart"}, "区级相关部门", "2025年12月31日前"],
        ["2", "建设“15分钟政务服务圈”，推动高频事项下沉镇（街道）便民服务中心办理，可办率达到100%。",
         {"vm": "cont"}, "各镇（街道）", "2025年9月30日前"],
        ["3", "推行政务服务“免证办”，通过电子证照共享互认、数据比对核验等方式，减免提交的证照材料不少于200项。",
         {"vm": "cont"}, "区数据局", "2025年6月30日前"],
        cat("二、市场环境"),
        ["4", ["开展涉企违规收费专项整治。", "聚焦行业协会商会、中介机构和水电气等公用事业领域，全面清理"
               "违规收费行为，查实问题全部整改到位。"],
         "区发展改革局", "区市场监管局、区财政局", "2025年10月31日前"],
        ["5", "清理妨碍统一市场和公平竞争的政策措施，组织开展公平竞争审查抽查，抽查结果向社会公开。",
         "区市场|监管局", "区司法局", "2025年第二季度"],
        ["6", "深化信用修复“一件事”改革，对失信经营主体开展信用修复提醒和指导，推行行政处罚决定书与信用修复告知书“两书同达”。",
         "区发展改革局", "区市场监管局、区人力资源社会保障局", "每季度"],
        cat("三、要素环境"),
        ["7", ["开展“园区行”银企对接活动。", "组织金融机构走进园区、走进企业，全年开展银企对接活动不少于12场。"],
         "区金融工作局", "区经济科技和信息化局、区财政局", "长期坚持"],
        ["8", "推行工业用地“标准地”出让和“交地即交证”，新供应工业用地“标准地”出让比例达到100%。",
         {"p": "市规划和自然资源局郫都分局", "vm": "restart"}, "区经济科技和信息化局", "2025年11月30日前"],
        ["9", "盘活批而未供和闲置土地，建立处置台账，逐宗明确处置方式、责任人和处置时限，处置结果按月报区营商办。",
         {"vm": "cont"}, "各镇（街道）", "2025年12月31日前"],
        cat("四、法治环境"),
        ["10", "加大商标、专利侵权假冒行为查处力度，加强重点商品交易市场和电商平台知识产权保护，推进知识产权纠纷快速调解。",
         "区市场监管局", "成都市公安局郫都区分局", "每季度"],
        ["11", ["推行柔性执法。", "制定涉企轻微违法行为“首违不罚”“轻微免罚”清单，并向社会公布。"],
         "区司法局", "区级各行政执法部门", "2025年8月31日前"],
        ["12", "规范12345热线企业诉求办理，实行“接诉即办”，企业诉求按期办结率达到100%。",
         "区网络理政中心", "区级相关部门、各镇（街道）", "长期坚持"],
    ], [900, 6000, 2100, 2256, 1500], header=1, first_kind="ccell"))
    P("", "empty")
    b.append(cc_table(d, ["抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委机关。",
                          "成都市郫都区人民政府办公室{tab}{tab}{tab}{tab}{tab}{tab}{tab}{tab}{tab}{tab}"
                          "{tab}{tab}{tab}{tab}2025年3月13日印发"]))
    b.append(sect_pr(d, landscape=True, next_page=True))
    num = numbering_xml({0: OUTLINE}, [(1, 0, {}), (2, 0, {0: 1})])
    return "02_pidu_zhengfuban_2025_yingshang_yaodian_fenjiebiao", "".join(b), num, d


# ====================================================================== 03
# 竹山县食品安全委员会办公室 (湖北), 2024: 关于做好…的通知, numbering typed by
# hand; every item is followed by label paragraphs (牵头单位： / 配合单位： /
# 责任单位： / 督导单位： / 完成时限：) whose label and names are split over runs;
# the 成文日期 is a date-picker content control (w:sdt).

def notice_03():
    d = Doc(["00612D8A", "00A9E347", "0003B6C1", "00D4F290", "005C8B1E", "0098A47F",
             "00E1306D", "0047DC52"], "2024-03-18")
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))

    def labels(*lines):
        for l in lines:
            P(l)
    P("竹山县食品安全委员会办公室文件", "mast", red=True)
    P("", "empty")
    P("竹食安办〔2024〕6号", "docno", border=True)
    P("关于做好2024年全县食品安全|重点工作的通知", "title", before=600)
    P("", "empty")
    P("各乡镇人民政府，县食安委各成员单位：", "noind")
    P("2023年，全县各级各部门认真履行食品安全职责，全年未发生重大食品安全事故，食品安全形势总体稳定向好。"
      "但也要清醒看到，农村集体聚餐、校园及周边、网络餐饮等领域风险隐患依然存在，部分经营主体责任意识不强，"
      "基层监管力量相对薄弱。对此，各乡镇、各成员单位务必保持清醒头脑，不能有丝毫松懈。")
    P("为深入贯彻落实党中央、国务院关于食品安全工作的决策部署和省、市食品安全工作会议精神，扎实做好2024年"
      "全县食品安全工作，守牢不发生系统性区域性食品安全风险的底线，切实保障人民群众身体健康和生命安全，经县食安委同意，现将有关事项通知如下：")
    P("{f|hei}一、压紧压实食品安全责任")
    P("{f|kai}（一）落实属地管理责任。{f|fs}健全乡镇食品安全包保工作机制，按照“分层分级、精准防控、末端发力、"
      "终端见效”要求，全面梳理辖区食品生产经营主体风险等级，对辖区A级、B级、C级主体全部落实包保干部。A级主体包保干部每季度至少督导一次，B级主体"
      "每半年至少督导一次，C级主体每年至少督导一次，督导情况及时录入包保工作系统。")
    labels("{f|hei}牵头|单位：{f|fs}县市场|监管局", "{f|hei}责任单位：{f|fs}各乡镇|人民政府",
           "{f|hei}完成时限：{f|fs}长期|坚持")
    P("{f|kai}（二）落实企业主体责任。{f|fs}督促食品生产经营企业全面落实“日管控、周排查、月调度”工作机制，"
      "配齐配强食品安全总监和食品安全员。12月底前，全县规模以上食品生产企业和大中型餐饮服务单位食品安全"
      "管理人员监督抽查考核覆盖率达到100%。对未按要求履行主体责任的企业，依法依规予以处理。")
    labels("{f|hei}牵头单位：{f|fs}县市场监管局", "{f|hei}配合|单位：{f|fs}县经济和|信息化局、县商务局",
           "{f|hei}完成时限：{f|fs}2024年|12月31日前")
    P("{f|kai}（三）落实部门监管责任。{f|fs}按照“管行业必须管安全、管业务必须管安全”要求，厘清食品安全"
      "监管职责边界，建立健全部门协作、信息通报和联合执法机制，县食安委各成员单位每半年向县食安委报告一次"
      "履职情况。")
    labels("{f|hei}责任单位：{f|fs}县食安委各|成员单位", "{f|hei}完成时限：{f|fs}2024年6月30日前")
    P("{f|hei}二、强化重点领域风险防控")
    P("{f|kai}（一）守护校园食品安全。{f|fs}落实学校食品安全校长（园长）负责制和集中用餐陪餐制度，9月10日前"
      "完成全县中小学校、幼儿园食堂全覆盖检查，学校食堂“互联网+明厨亮灶”覆盖率保持100%。")
    labels("{f|hei}牵头单位：{f|fs}县教育局", "{f|hei}配合单位：{f|fs}县市场监管局、县卫生|健康局",
           "{f|hei}完成时限：{f|fs}2024年9月|10日前")
    P("{f|kai}（二）规范农村集体聚餐。{f|fs}严格落实农村集体聚餐申报备案、上门指导和现场检查制度，加强乡村"
      "厨师培训和健康管理，指导村（社区）落实食品安全协管员、信息员巡查报告职责，农村集体聚餐申报备案率达到95%以上。")
    labels("{f|hei}责任|单位：{f|fs}各乡镇|人民政府；县市场|监管局配合", "{f|hei}完成时限：{f|fs}长期坚持")
    P("{f|kai}（三）加强食用农产品质量安全监管。{f|fs}深入实施食用农产品“治违禁 控药残 促提升”行动，"
      "每月开展一次农产品质量安全快速检测，农产品质量安全例行监测合格率稳定在98%以上。")
    labels("{f|hei}牵头单位：{f|fs}县农业|农村局", "{f|hei}配合单位：{f|fs}县市场监管局、县林业局",
           "{f|hei}完成时限：{f|fs}2024年11月30日前")
    P("{f|kai}（四）整治网络餐饮服务。{f|fs}督促网络餐饮服务第三方平台落实入网审查责任，对入网餐饮服务提供者"
      "开展线上线下一致性核查，实地核查率达到100%。")
    labels("{f|hei}牵头单位：{f|fs}县市场监管局", "{f|hei}督导|单位：{f|fs}县食安办",
           "{f|hei}完成时限：{f|fs}2024年8月31日前")
    P("{f|kai}（五）加强养老机构和医疗机构食堂监管。{f|fs}督促养老机构、医疗机构落实食堂食品安全管理制度，"
      "规范食材采购查验、加工制作和留样记录，严防食源性疾病和群体性食物中毒事件发生，每半年开展一次联合检查，发现问题逐一建立台账、跟踪整改。")
    labels("{f|hei}牵头单位：{f|fs}县民政局", "{f|hei}配合单位：{f|fs}县卫生健康局、县市场监管局",
           "{f|hei}完成时限：{f|fs}2024年12月31日前")
    P("{f|hei}三、深入开展专项整治")
    P("{f|kai}（一）开展食用油、肉制品专项整治。{f|fs}聚焦散装食用油、冷鲜肉、熟肉制品等重点品种，严厉查处"
      "非法添加、超范围超限量使用食品添加剂等违法行为，10月底前完成重点品种专项抽检不少于300批次。")
    labels("{f|hei}牵头单位：{f|fs}县市场监管局", "{f|hei}配合单位：{f|fs}县公安局、县农业农村局",
           "{f|hei}完成时限：{f|fs}2024年10月31日前")
    P("{f|kai}（二）严厉打击食品安全犯罪。{f|fs}保持打击危害食品安全犯罪高压态势，健全行政执法与刑事司法"
      "衔接机制，对涉嫌犯罪案件做到应移尽移、应收尽收，依法从严从快惩处一批危害群众“舌尖上的安全”的违法犯罪分子。")
    labels("{f|hei}责任单位：{f|fs}县公安局", "{f|hei}配合单位：{f|fs}县市场监管局、县农业农村局、县人民|检察院",
           "{f|hei}完成时限：{f|fs}长期坚持")
    P("{f|kai}（三）开展食品安全宣传。{f|fs}以食品安全宣传周为契机，组织开展“食安竹山”系列宣传活动，推动"
      "食品安全知识进农村、进学校、进社区、进企业、进家庭，引导群众参与食品安全社会共治，宣传周期间开展集中宣传活动不少于20场次。")
    labels("{f|hei}牵头单位：{f|fs}县委|宣传部", "{f|hei}配合单位：{f|fs}县食安委各成员单位",
           "{f|hei}完成时限：{f|fs}2024年6月30日前")
    P("{f|kai}（四）清理校园周边“三无”食品。{f|fs}以中小学校、幼儿园周边食品经营店和流动摊贩为重点，全面清理"
      "无生产日期、无质量合格证、无生产厂家的食品，严厉查处向未成年人销售“五毛食品”等违法行为。")
    labels("{f|hei}牵头单位：{f|fs}县市场监管局", "{f|hei}配合单位：{f|fs} 县教育局、县公安局",
           "{f|hei}完成时限：{f|fs}2024年5月31日前")
    P("{f|hei}四、提升食品安全治理能力")
    P("{f|kai}（一）强化抽检监测。{f|fs}科学制定年度抽检计划，突出高风险品种和农村、学校周边等重点区域，"
      "全县食品安全监督抽检量达到每千人4.5批次，抽检不合格食品核查处置率达到100%。")
    labels("{f|hei}牵头单位：{f|fs}县市场监管局", "{f|hei}配合单位：{f|fs}县财政局",
           "{f|hei}完成时限：{f|fs}2024年12月31日前")
    P("{f|kai}（二）推进智慧监管。{f|fs}推广应用“{ps}鄂食安{pe}”监管系统，推动大中型餐饮服务单位、集中用餐单位食堂"
      "接入“互联网+明厨亮灶”监管平台，实现风险隐患线上预警、线下处置，提升食品安全监管精准化、智能化水平。")
    labels("{f|hei}责任单位：{f|fs}县市场监管局、各乡镇人民政府", "{f|hei}完成时限：{f|fs}2024年10月31日前")
    P("{f|hei}五、工作要求")
    P("各乡镇、各成员单位要按照职责分工，细化工作措施，于每季度末月20日前将工作进展情况报县食安办，"
      "12月10日前报送年度工作总结。工作中遇到的重大问题和发生的食品安全突发事件要第一时间报告，不得迟报、"
      "漏报、瞒报。县食安办将适时组织督导检查，督导结果纳入年度食品安全工作评议考核。")
    P("联系人：刘|晓燕，联系电话：0719-4222163。")
    P("", "empty")
    P("　　　　　　　　　　　　|竹山县食品安全委员会|办公室", "noind")
    P("{sdtdate|2024-03-18|2024年3月18日}", "sign", ind_right=1280)
    P("（此件主动公开）{bs|_GoBack}{be}")
    b.append(sect_pr(d))
    return "03_zhushan_shianban_2024_shipinanquan_labellines", "".join(b), numbering_xml({}, []), d


# ====================================================================== 04
# 永修县防汛抗旱指挥部 (江西), 2023: cover + 行动方案. The 版头 is a floating text
# box (DrawingML in mc:Choice, the same box as VML in mc:Fallback); numbering by
# Word with chineseCountingThousand at level 1; two tracked changes: a deadline
# deleted and replaced (w:del / w:ins), a cooperating unit deleted.

def notice_04():
    d = Doc(["00B3E5A1", "0061D02C", "00AE49F6", "001C7B83", "00F5A21D", "00387C4E",
             "00D90B67", "00254EA9"], "2023-03-20", "县防办综合股")
    H1, H2, L3 = (1, 0), (1, 1), (1, 2)
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    b.append(masthead_textbox(d, "永修县防汛抗旱指挥部文件"))
    P("", "empty")
    P("永汛字〔2023〕3号", "docno", border=True)
    P("关于印发《永修县2023年防汛备汛“百日|攻坚”行动方案》的通知", "title", before=600)
    P("", "empty")
    P("各乡镇人民政府，县防指各成员单位：", "noind")
    P("现将《永修县2023年防汛备汛“百日攻坚”行动方案》印发给你们，请结合实际，认真抓好贯彻落实。当前已进入春汛期，各乡镇、各成员单位要克服麻痹思想和侥幸心理，"
      "把防汛备汛各项工作抓早抓细抓实。"
      "行动中遇到的重大问题和重要情况，请及时报县防汛抗旱指挥部办公室。")
    P("", "empty")
    P("永修县防汛抗旱指挥部", "sign", ind_right=1120)
    P("2023年3月20日", "sign", ind_right=1440)
    P("{pb}", "empty")
    P("{lrpb}永修县2023年防汛备汛“百日攻坚”行动方案", "title")
    P("", "empty")
    P("永修县地处修河、潦河下游和鄱阳湖西岸，境内堤防、水库、圩堤众多，防汛任务十分繁重。为全面做好2023年"
      "防汛备汛工作，确保安全度汛，县防汛抗旱指挥部决定自3月下旬至6月底在全县开展防汛备汛“百日攻坚”行动，"
      "特制定本方案。行动坚持人民至上、生命至上，坚持以防为主、防抗救相结合，坚持问题导向、"
      "底线思维，以责任落实为核心、以隐患整治为重点、以能力提升为保障，全力打好防汛备汛主动仗。")
    P("行动目标", "h1", num=H1)
    P("通过“百日攻坚”行动，6月30日前完成全县水利工程、城乡易涝点、地质灾害隐患点和在建工程度汛隐患排查整治，"
      "隐患整改率达到100%，防汛责任人培训覆盖率达到100%，做到责任落实、隐患清零、物资到位、预案管用，"
      "确保人民群众生命安全和重要基础设施安全。")
    P("攻坚任务", "h1", num=H1)
    P("压实防汛责任", "h2", num=H2)
    P("{f|hei}落实行政首长负责制。{f|fs}各乡镇、各成员单位要调整充实防汛组织机构，逐级逐岗明确防汛责任人和工作职责，"
      "{del|4月10日前}{ins|4月15日前}将防汛责任人名单报县防办备案，并通过县融媒体平台向社会公布。（县防办负责）",
      num=L3)
    P("{f|hei}落实水库“三个责任人”。{f|fs}逐库落实行政、技术、巡查责任人，组织开展责任人集中培训和上岗考核，重点培训巡查要点、险情识别和应急处置，4月30日前"
      "培训覆盖率达到100%，确保责任人知责、履责、尽责。（县水利局牵|头，各乡镇人民|政府配合）", num=L3)
    P("排查整治隐患", "h2", num=H2)
    P("{f|hei}开展水利工程汛前检查。{f|fs}对全县堤防、水库、水闸、泵站等水利工程开展拉网式检查，重点检查"
      "工程险工险段、穿堤建筑物和启闭设备，5月15日前完成全部检查，对发现的隐患建立台账、逐项销号，一时难以整改到位的落实临时度汛措施和应急预案。"
      "（县水利局负责，县应急|管理局督导）", num=L3)
    P("{f|hei}整治城区易涝点。{f|fs}对城区下穿通道、低洼小区、地下车库等易涝点逐一制定应急处置方案，"
      "5月31日前完成城区排水管网清淤疏浚不少于30公里。严防城市内涝造成人员伤亡。（县城市|管理局牵头，县住房和城乡建设局配合）", num=L3)
    P("{f|hei}排查地质灾害隐患点。{f|fs}开展汛前地质灾害隐患“{gs}三查{ge}”，对人口密集区、学校、集镇周边等重点部位开展“拉网式”排查，更新完善隐患点台账和防灾明白卡，"
      "5月20日前完成全县地质灾害隐患点巡排查。（县自然资源局负责{del|，县应急管理局配合}）", num=L3)
    P("{f|hei}排查在建工程度汛隐患。{f|fs}督促涉水在建工程施工单位制定度汛方案，落实临时防洪措施、人员撤离预案和度汛物资，严禁汛期在河道管理范围内违规堆放弃土弃渣，"
      "汛期每周开展一次巡查。（县住房和城乡建设局、县交通运输局、县水利局按职责分工负责）", num=L3)
    P("备足抢险物资队伍", "h2", num=H2)
    P("{f|hei}充实防汛物资储备。{f|fs}按照“分级储备、分级管理、就近调用”原则，全面清点现有防汛物资，及时补充更新过期损坏物资，4月30日前完成县级防汛物资补充，"
      "每个乡镇储备编织袋不少于3000条、救生衣不少于100件。（县应急管理局、县水利局按职责分工负责）", num=L3)
    P("{f|hei}组建应急抢险队伍。{f|fs}整合基层民兵、消防、企业救援和社会救援力量，配齐冲锋舟、橡皮艇、抽水泵等抢险装备，各乡镇应急抢险队伍每支不少于30人，"
      "5月10日前完成组建并开展一次实战演练。（各乡镇人民政府负责，县应急管理局指导）", num=L3)
    P("{f|kai}强化监测预警。{f|fs}汛期（4月至6月），县气象局、县水文站加密雨情水情监测，每日向县防办报送雨水情"
      "信息，强降雨期间加密报送频次，及时发布预警信息。（县气象局、县水文站负责）", num=H2)
    P("做好转移避险准备", "h2", num=H2)
    P("{f|hei}修订完善转移避险预案。{f|fs}按照“应转尽转、应转早转、应转快转”要求，逐村逐户摸清山洪、地质灾害"
      "危险区和圩堤保护区人员底数，明确转移路线、安置场所和责任人，5月31日前完成预案修订，危险区域群众"
      "防灾明白卡发放率达到100%。（各乡镇人民政府负责，县应急管理局指导）", num=L3)
    P("{f|hei}规范避灾安置场所管理。{f|fs}对全县避灾安置场所逐一核查房屋安全和配套设施，落实场所管理人员和基本生活物资，"
      "确保转移群众有饭吃、有衣穿、有干净水喝、有安全住处、有病能及时就医。（县民政局牵头，县教育体育局、"
      "县卫生健康委员会配合）", num=L3)
    P("行动步骤", "h1", num=H1)
    P("{f|kai}自查自纠（2023年3月20日—4月15日）。{f|fs}各乡镇、各成员单位对照攻坚任务全面开展自查，逐项查找责任、"
      "工程、物资、预案等方面存在的薄弱环节，建立问题清单，于4月15日前报县防办。", num=H2)
    P("{f|kai}集中攻坚（2023年4月16日—5月31日）。{f|fs}对自查和督查发现的问题集中整改，县防指组织督查组开展"
      "明察暗访，对重大隐患实行挂牌督办，每周通报一次攻坚进展，对进度滞后的单位进行约谈提醒。", num=H2)
    P("{f|kai}巩固提升（2023年6月1日—6月30日）。{f|fs}对整改情况开展“回头看”，完善防汛预案和应急处置机制，"
      "总结推广行动中形成的好经验好做法，6月25日前形成行动总结报县防指，全面转入主汛期防御工作。", num=H2)
    P("保障措施", "h1", num=H1)
    P("{f|kai}加强组织领导。{f|fs}县防指成立“百日攻坚”行动工作专班，由县防指常务副指挥长任组长，专班办公室"
      "设在县应急管理局，负责行动的统筹协调和调度推进。各乡镇要相应成立工作专班，确保行动有序开展。", num=H2)
    P("{f|kai}严格督查问责。{f|fs}此项工作由县防指办公室会同县纪委监委负责督查，对责任不落实、隐患整改不到位"
      "的单位和个人严肃追责问责。", num=H2)
    P("{f|kai}严格值班值守。{f|fs}汛期严格执行24小时值班和领导带班制度，各乡镇、各成员单位于每日16时前向县防办"
      "报送值班信息，遇有重大险情灾情第一时间报告，不得迟报、漏报、瞒报。", num=H2)
    P("{f|kai}加强宣传引导。{f|fs}利用广播、电视、微信公众号、村村响等渠道广泛宣传防汛避险知识，及时发布"
      "汛情预警和防御提示，增强群众主动避险意识和自救互救能力，营造群防群治的良好氛围。{bs|_GoBack}{be}", num=H2)
    P("", "empty")
    b.append(cc_table(d, ["抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。",
                          " 永修县防汛抗旱指挥部办公室|　　　　　　　　　　　|2023年3月20日印发 "]))
    b.append(sect_pr(d))
    num = numbering_xml({0: OUTLINE_K}, [(1, 0, {})])
    return "04_yongxiu_fangzhi_2023_fangxun_xingdong_textbox", "".join(b), num, d


# ====================================================================== 05
# 博白县人民政府督查室 (广西), 2026: 督办通知 whose cover has only unnumbered
# paragraphs; the tasks are the rows of the 附件 table, whose 序号 cells are
# numbered by Word (decimal "%1"); dates in Chinese numerals; the e-mail
# address is a HYPERLINK field.

def notice_05():
    d = Doc(["00DA7C31", "0042B9E8", "00C60F5A", "00158D27", "00F73E96", "008B2A4D",
             "0036E1C0", "00A09F72"], "2026-01-19")
    N = {"num": (1, 0), "p": ""}
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    b.append(masthead_table(d, "博白县人民政府督查室文件"))
    P("", "empty")
    P("博政督〔2026〕2号", "docno", border=True)
    P("关于对全县耕地保护突出问题整改工作|实行挂牌督办的通知", "title", before=600)
    P("", "empty")
    P("各镇人民政府，县自然资源局、县农业农村局、县林业局、县水利局：", "noind")
    P("二〇二五年度全县耕地保护督察和卫片执法检查中，发现我县仍存在违法占用耕地建房、耕地“非粮化”、"
      "{ps}撂荒{pe}耕地复耕复种不到位、高标准农田建后管护不力等突出问题，部分问题已被自治区通报，个别镇违法占用耕地问题"
      "整改进度缓慢、新增问题时有发生，耕地保护形势依然严峻。根据县人民政府主要领导批示要求，经县人民政府同意，县政府督查室决定对全县{bs|_Hlk219874512}耕地保护突出问题"
      "整改工作实行|挂牌督办{be}，实行“一事一档、定责定时、跟踪问效、验收销号”的闭环管理。现将有关事项通知如下。")
    P("本次挂牌督办事项共15项，具体督办事项、整改要求、责任单位和完成时限详见附件。各责任单位要把耕地保护"
      "问题整改作为重要政治任务，主要负责同志亲自研究部署、亲自督促落实，逐项制定整改方案，明确责任领导和"
      "具体责任人，细化整改措施和时间节点，确保按时保质完成整改任务。督办事项整改完成后，由责任单位提出销号申请，"
      "经县政府督查室会同相关行业主管部门核查验收后销号；未完成整改的，不得擅自销号。")
    P("各责任单位要建立整改工作台账，实行周调度、月通报制度，于每月25日前将当月整改进展情况（含佐证材料）"
      "书面报送县政府督查室，二〇二六年十月三十一日前报送整改工作总结。逾期未报送或者报送情况不实的，"
      "予以通报批评。")
    P("县政府督查室将会同县自然资源局、县农业农村局等部门，采取实地督查、随机抽查、“回头看”等方式跟踪问效。"
      "对整改进度滞后、敷衍整改、虚假整改的，按程序提请县纪委监委追责问责；对整改完成的事项，经核查验收后"
      "予以销号。督办结果将在全县范围内通报，并作为年度耕地保护目标责任考核的重要内容。")
    P("各镇人民政府要切实履行耕地保护属地责任，加强日常巡查和动态监测，做到早发现、早制止、早处置，"
      "坚决防止边整改、边新增，对新增违法占用耕地行为做到“零容忍”。县直有关部门要加强业务指导和政策支持，对整改中遇到的政策性问题，及时研究提出"
      "解决意见，重大问题及时提请县人民政府研究。")
    P("联系人：陈志强，联系电话：0775-8223016，电子邮箱："
      "{fld|HYPERLINK \"mailto:bbxzfdcs@163.com\"|bbxzfdcs@163.com}。")
    P("", "empty")
    P("附件：博白县耕地保护突出问题挂牌督办事项清单")
    P("", "empty")
    P("博白县人民政府督查室", "sign", ind_right=1280)
    P("二〇二六年一月十九日", "sign", ind_right=1280)
    P("（此件依申请公开）")
    P("{pb}", "empty")
    P("{lrpb}{f|hei}附件", "noind")
    P("博白县耕地保护突出问题挂牌督办事项清单", "title")
    b.append(table(d, [
        ["序号", "督办事项", "整改要求", "责任单位", "完成时限"],
        [N, "违法占用耕地建房问题整改", "对卫片执法发现的违法占用耕地建房图斑逐宗核查，依法依规分类处置，"
         "能复耕的全部拆除复耕，"
         "不能复耕的依法没收或者完善手续，对拒不整改的依法申请强制执行，整改到位率达到100%。{bs|_GoBack}{be}", "县自然资源局牵头，各镇人民政府负责",
         "二〇二六年三月三十一日前"],
        [N, "耕地“非粮化”问题整改", "对永久基本农田内种植苗木、草皮、果树等问题逐地块制定整改计划，"
         "统筹安排种植茬口和资金补助，恢复粮食生产面积不少于1.2万亩。", "县农业农村局牵头，各镇|人民政府负责", "二〇二六年六月三十日前"],
        [N, "耕地“进出平衡”落实", "对违规流出的耕地，通过实施补充耕地项目、"
         "恢复耕地种植属性等方式落实补足，年度补充耕地不少于800亩，确保耕地总量不减少。",
         "县自然资源局", "二〇二六年九月底前"],
        [N, "高标准农田管护问题整改", "落实管护主体、管护责任和管护经费，每季度开展一次设施巡查，对损毁的沟渠、机耕路、泵站等设施及时修复，灌排设施完好率达到95%以上。",
         "县农业农村局", "每季度"],
        [N, "撂荒耕地整治", "全面排查撂荒耕地，建立撂荒地块台账，逐块落实复耕主体和种植计划，对长期撂荒的依法引导流转，撂荒耕地复耕率达到100%。",
         "各镇人民政府", "二〇二六年四月三十日前"],
        [N, "违规占用耕地植树造林问题整改", "对违规在耕地上植树造林、种植绿化苗木的地块开展清理，"
         "尊重农民意愿、稳妥有序恢复耕地种植条件，严禁简单粗暴“一刀切”。",
         "县林业局牵|头，县自然资源局配合", "二〇二六年五月三十一日前"],
        [N, "违规占用耕地挖塘养鱼问题整改", "对违规挖塘养鱼的地块组织回填复耕，"
         "对确需保留的依法完善用地手续，新增违规挖塘行为一律即发现即制止。",
         "县农业农村局、县水利局", "二〇二六年六月底前"],
        [N, "田长制巡田责任落实", "村级田长每周巡田不少于1次，镇级田长每月巡田不少于1次，发现违法占用耕地苗头性问题及时制止并上报，做到早发现、早制止。",
         "各镇人民政府", "长期坚持"],
        [N, "违法取土采砂毁坏耕地问题查处", "严厉打击非法取土、盗采河砂毁坏耕地行为，"
         "对被毁耕地责令恢复种植条件，涉嫌犯罪的依法移送司法机关追究刑事责任。",
         "县自然资源局牵头，县公安局、县水利局配合", "二〇二六年三月三十一日前"],
        [N, "耕地保护警示教育", "通过县融媒体平台和村村响广播，"
         "公开曝光一批违法占用耕地典型案例，全年曝光典型案例不少于10起，形成有力震慑，引导群众自觉保护耕地。",
         "县自然资源局（牵头）、县融媒体中心", "二〇二六年十二月三十一日前"],
        [N, "设施农业用地违规问题整改", "对以设施农业用地名义违规建设“农家乐”、私人庄园、仓储厂房等问题全面清理，"
         "违规建筑物全部拆除，恢复农业生产用途，"
         "同步完善设施农业用地备案管理。", "县自然资源局牵头，县农业农村局配合", "二〇二六年七月三十一日前"],
        [N, "永久基本农田补划", "对因重大项目建设占用的永久基本农田，按照“数量不减、质量不降、布局稳定”要求"
         "及时补划到位，补划地块全部上图入库，并落实耕地保护责任人。", "县自然资源局", "二〇二六年八月三十一日前"],
        [N, "镇级耕地保护责任考核", "将耕地保护目标责任落实情况和问题整改成效纳入镇级年度绩效考核，实行耕地保护"
         "“一票否决”，考核结果作为干部评价的重要依据。", "县自然资源局、县农业农村局", "二〇二六年十二月底前"],
        [N, "补充耕地项目质量核查", "对已验收的补充耕地项目开展质量“回头看”，新增耕地质量等别不达标的实施"
         "提质改造，项目核查覆盖率达到100%。", "县自然资源局牵头，县农业农村局配合", "二〇二六年九月三十日前"],
        [N, "卫片图斑动态监测", "依托国土空间基础信息平台和耕地保护动态监测系统，每月开展一次耕地变化遥感监测，疑似违法图斑"
         "实地核查率达到100%，核查结果及时推送属地镇人民政府。", "县自然资源局", "长期坚持"],
    ], [700, 1800, 3544, 1600, 1200], header=1, first_kind="ccell"))
    P("", "empty")
    b.append(cc_table(d, ["抄送：县委督查室，县纪委监委，县人民政府办公室。",
                          "博白县人民政府督查室|　　　　　　　　　　　　　　|二〇二六年一月十九日印发"]))
    b.append(sect_pr(d))
    num = numbering_xml({0: SEQ}, [(1, 0, {})])
    return "05_bobai_duchashi_2026_gengdi_duban_fujianbiao", "".join(b), num, d


NOTICES = [notice_01, notice_02, notice_03, notice_04, notice_05]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for fn in NOTICES:
        stem, body, num, d = fn()
        write_docx(os.path.join(out, stem + ".docx"), body, num, d.rsids, d.date, "县政府办公室")
        print(stem + ".docx")


if __name__ == "__main__":
    main()
