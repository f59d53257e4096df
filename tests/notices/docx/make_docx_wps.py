#!/usr/bin/env python3
"""Write the Word test notices 06-10 of tests/notices/docx (standard library only).

usage: make_docx_wps.py [OUT_DIR]        (default: the folder of this script)

Notices 01-05 (make_docx.py) are saved by Microsoft Word. These five are saved
the way county offices mostly save them: by WPS Office (金山 WPS 文字; 06, 07,
09, 10) or by Word from an old .doc file (08). make_docx.py is not changed;
only its DECL, NS and escape are reused.

A paragraph is a string in a small markup:

  |                 a run boundary (WPS also starts a new run wherever the
                    script changes: ASCII digits and letters get a run of their
                    own with w:hint="default", as WPS writes them)
  {tab} {br} {cr}   <w:tab/>, <w:br/> (Shift+Enter), <w:cr/>
  {ptab}            <w:ptab w:relativeTo="margin" w:alignment="right" .../>
  {pb} {lrpb}       <w:br w:type="page"/>, <w:lastRenderedPageBreak/>
  {nbh}             <w:noBreakHyphen/>
  {sym|FONT|HEX}    <w:sym w:font="FONT" w:char="HEX"/>
  {fn|N}            <w:footnoteReference w:id="N"/> (text in FOOTNOTES)
  {f|fs} {f|hei} {f|kai} {f|xbs}   East Asian font of the next runs
  {b} {/b}          bold on / off
  {fs|INSTR|TEXT|L} <w:fldSimple w:instr="INSTR" [w:fldLock="1" if L]> showing TEXT
  {st|EL|K=V;K=V|TEXT}  <w:smartTag w:element="EL"> with attributes around TEXT
  {cx|EL|TEXT}      an inline <w:customXml w:element="EL"> around TEXT
  {bs|NAME} {be}    bookmark start / end
  {comb|TEXT}       a run with <w:eastAsianLayout w:combine="1"> (双行合一)

Numbering is given as num=(numId, ilvl) or through a paragraph style (style=).
Tables are lists of rows; a row is a list of cells or a dict with "cells",
"gb" (w:gridBefore), "ga" (w:gridAfter), "head" (w:tblHeader), "lrpb" (a
lastRenderedPageBreak in its first paragraph). A cell is a string, a list of
strings (paragraphs) or a dict with "p", "span", "num", "kind", "tbl" (a nested
table's XML placed before the cell's paragraphs).

Running it twice gives the same bytes: zip entries carry a fixed timestamp
(the notice's date) and are written in a fixed order.
"""
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True  # leave no __pycache__ beside the notices
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_docx import DECL, NS, escape  # noqa: E402  (make_docx.py stays unchanged)

HERE = os.path.dirname(os.path.abspath(__file__))

NS_WPS = NS.replace('mc:Ignorable="w14 w15 wp14"',
                    'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
                    'mc:Ignorable="w14 w15 wp14"')

FONTS = {"fs": "仿宋_GB2312", "hei": "黑体", "kai": "楷体_GB2312", "xbs": "方正小标宋简体",
         "song": "宋体"}

# paragraph kinds: (font, half-points, first-line indent in twips, alignment)
KINDS = {
    "body": ("fs", 32, 640, "both"),
    "noind": ("fs", 32, 0, "both"),
    "h1": ("hei", 32, 640, "both"),
    "h2": ("kai", 32, 640, "both"),
    "title": ("xbs", 44, 0, "center"),
    "docno": ("fs", 32, 0, "center"),
    "sign": ("fs", 32, 0, "right"),
    "mast": ("xbs", 64, 0, "distribute"),
    "cell": ("fs", 24, 0, "left"),
    "ccell": ("fs", 24, 0, "center"),
    "hcell": ("hei", 24, 0, "center"),
    "tcap": ("hei", 28, 0, "center"),
    "cc": ("fs", 28, 0, "left"),
    "empty": ("fs", 32, 0, "both"),
    "fn": ("fs", 18, 0, "left"),
}

TOKEN = re.compile(r"(\{[^{}]*\})")
ASCII = re.compile(r"([\x20-\x7e]+)")


class Ctx:
    """State of one notice while its XML is written. wps=False: Word (rsids)."""

    def __init__(self, date, wps=True, rsids=None):
        self.date = date
        self.wps = wps
        self.rsids = rsids or []
        self.k = 0
        self.bm = 0
        self.open_bm = []
        self.footnotes = []

    def rsid(self):
        r = self.rsids[self.k % len(self.rsids)]
        self.k += 1
        return r

    def r_open(self):
        return "<w:r>" if self.wps else '<w:r w:rsidR="%s">' % self.rsid()


def rpr(ctx, font, size, bold=False, red=False, ascii_run=False, extra=""):
    f = FONTS[font]
    if ctx.wps:
        if ascii_run:
            s = ('<w:rPr><w:rFonts w:hint="default" w:ascii="Times New Roman" '
                 'w:hAnsi="Times New Roman" w:eastAsia="%s" w:cs="Times New Roman"/>' % f)
        else:
            s = ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" '
                 'w:cs="%s"/>' % (f, f, f, f))
    else:
        s = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" '
             'w:hAnsi="Times New Roman" w:hint="eastAsia"/>' % f)
    if bold:
        s += "<w:b/><w:bCs/>"
    if red:
        s += '<w:color w:val="FF0000"/>'
    if ctx.wps:
        s += '<w:kern w:val="0"/>'
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    if ctx.wps:
        s += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    return s + extra + "</w:rPr>"


def t_el(text, tag="w:t"):
    sp = ' xml:space="preserve"' if text[:1] in " \u3000" or text[-1:] in " \u3000" else ""
    return "<%s%s>%s</%s>" % (tag, sp, escape(text), tag)


def text_runs(ctx, text, font, size, bold, red):
    """Plain text as runs: one per `|` chunk, and (WPS) one per script change."""
    out = []
    for chunk in text.split("|"):
        if not chunk:
            continue
        pieces = [p for p in ASCII.split(chunk) if p] if ctx.wps else [chunk]
        for p in pieces:
            is_ascii = bool(ASCII.fullmatch(p)) and ctx.wps
            out.append("%s%s%s</w:r>" % (ctx.r_open(), rpr(ctx, font, size, bold, red, is_ascii),
                                         t_el(p)))
    return out


def runs(ctx, text, font, size, red=False):
    out = []
    bold = False
    for piece in TOKEN.split(text):
        if not piece:
            continue
        if not (piece.startswith("{") and piece.endswith("}")):
            out += text_runs(ctx, piece, font, size, bold, red)
            continue
        tok = piece[1:-1].split("|")
        name = tok[0]
        rp = rpr(ctx, font, size, bold, red)
        simple = {"tab": "<w:tab/>", "br": "<w:br/>", "cr": "<w:cr/>", "pb": '<w:br w:type="page"/>',
                  "lrpb": "<w:lastRenderedPageBreak/>", "nbh": "<w:noBreakHyphen/>",
                  "ptab": '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'}
        if name in simple:
            out.append("%s%s%s</w:r>" % (ctx.r_open(), rp, simple[name]))
        elif name == "sym":
            out.append('%s%s<w:sym w:font="%s" w:char="%s"/></w:r>' % (ctx.r_open(), rp, tok[1], tok[2]))
        elif name == "fn":
            out.append('%s%s<w:footnoteReference w:id="%s"/></w:r>'
                       % (ctx.r_open(), rp.replace("</w:rPr>", '<w:vertAlign w:val="superscript"/></w:rPr>')
                          .replace("<w:rPr>", '<w:rPr><w:rStyle w:val="fnref"/>'), tok[1]))
        elif name == "f":
            font = tok[1]
        elif name == "b":
            bold = True
        elif name == "/b":
            bold = False
        elif name == "fs":
            lock = ' w:fldLock="1"' if len(tok) > 3 and tok[3] else ""
            out.append('<w:fldSimple w:instr="%s"%s>%s</w:fldSimple>'
                       % (escape(tok[1], {'"': "&quot;"}), lock,
                          "".join(text_runs(ctx, tok[2], font, size, bold, red))))
        elif name == "st":
            attrs = "".join('<w:attr w:name="%s" w:val="%s"/>' % tuple(kv.split("="))
                            for kv in tok[2].split(";") if kv)
            out.append('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                       'w:element="%s"><w:smartTagPr>%s</w:smartTagPr>%s</w:smartTag>'
                       % (tok[1], attrs, "".join(text_runs(ctx, tok[3], font, size, bold, red))))
        elif name == "cx":
            out.append('<w:customXml w:uri="http://www.tongjiang.gov.cn/gw/2025" w:element="%s">%s'
                       '</w:customXml>' % (tok[1], "".join(text_runs(ctx, tok[2], font, size, bold, red))))
        elif name == "bs":
            out.append('<w:bookmarkStart w:id="%d" w:name="%s"/>' % (ctx.bm, tok[1]))
            ctx.open_bm.append(ctx.bm)
            ctx.bm += 1
        elif name == "be":
            out.append('<w:bookmarkEnd w:id="%d"/>' % ctx.open_bm.pop())
        elif name == "comb":
            out.append("%s%s%s</w:r>" % (ctx.r_open(), rpr(ctx, font, size, bold, red, extra=(
                '<w:eastAsianLayout w:id="-1434531328" w:combine="1"/>')), t_el(tok[1])))
        else:
            raise ValueError("unknown token %r" % piece)
    return "".join(out)


def par(ctx, text, kind="body", num=None, style=None, red=False, border=None, jc=None,
        ind_right=0, before=0, first=None, keep=False, spacing=None):
    font, size, ind1, align = KINDS[kind]
    if first is not None:
        ind1 = first
    ppr = []
    if style:
        ppr.append('<w:pStyle w:val="%s"/>' % style)
    if ctx.wps:
        ppr.append('<w:keepNext w:val="%d"/><w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/>'
                   '<w:widowControl/>' % (1 if keep else 0))
    elif keep:
        ppr.append("<w:keepNext/>")
    if num:
        ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0]))
    if border:
        ppr.append('<w:pBdr>%s</w:pBdr>' % "".join(
            '<w:%s w:val="single" w:color="%s" w:sz="%d" w:space="1"/>' % (side, col, sz)
            for side, col, sz in border))
    if ctx.wps:
        ppr.append('<w:kinsoku/><w:wordWrap/><w:overflowPunct/><w:topLinePunct w:val="0"/>'
                   '<w:autoSpaceDE/><w:autoSpaceDN/><w:bidi w:val="0"/><w:adjustRightInd/>'
                   '<w:snapToGrid w:val="0"/>')
    if spacing:
        ppr.append(spacing)
    elif kind in ("cell", "ccell", "hcell", "cc", "fn", "tcap"):
        ppr.append('<w:spacing w:line="320" w:lineRule="exact"/>')
    elif kind == "mast":
        ppr.append('<w:spacing w:line="1000" w:lineRule="exact"/>')
    else:
        ppr.append('<w:spacing w:before="%d" w:line="578" w:lineRule="exact"/>' % before
                   if before else '<w:spacing w:line="578" w:lineRule="exact"/>')
    if ind1 or ind_right:
        ind = "<w:ind"
        if ind_right:
            ind += ' w:right="%d"' % ind_right
        if ind1:
            ind += ' w:firstLine="%d" w:firstLineChars="200"' % ind1
        ppr.append(ind + "/>")
    ppr.append('<w:jc w:val="%s"/>' % (jc or align))
    if ctx.wps:
        ppr.append('<w:textAlignment w:val="auto"/>')
    ppr.append(rpr(ctx, font, size, False, red))
    if ctx.wps:
        return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % ("".join(ppr), runs(ctx, text, font, size, red))
    r = ctx.rsid()
    return ('<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr>%s</w:pPr>%s</w:p>'
            % (r, ctx.rsids[0], r, "".join(ppr), runs(ctx, text, font, size, red)))


def borders(kind):
    if kind == "none":
        return "".join('<w:%s w:val="none" w:sz="0" w:space="0" w:color="auto"/>' % s
                       for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % s
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV"))


def table(ctx, rows, widths, kind="cell", first_kind=None, bord="all", jc="center"):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="tgrid"/><w:tblW w:w="%d" w:type="dxa"/>'
           '<w:jc w:val="%s"/><w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
           '</w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (sum(widths), jc, borders(bord), grid)]
    for row in rows:
        r = row if isinstance(row, dict) else {"cells": row}
        trpr = ""
        if r.get("gb"):
            trpr += '<w:gridBefore w:val="%d"/><w:wBefore w:w="%d" w:type="dxa"/>' % (
                r["gb"], sum(widths[:r["gb"]]))
        if r.get("ga"):
            trpr += '<w:gridAfter w:val="%d"/><w:wAfter w:w="%d" w:type="dxa"/>' % (
                r["ga"], sum(widths[len(widths) - r["ga"]:]))
        trpr += '<w:cantSplit/><w:trHeight w:val="567" w:hRule="atLeast"/>'
        if r.get("head"):
            trpr += "<w:tblHeader/>"
        trpr += '<w:jc w:val="center"/>'
        out.append("<w:tr>" if ctx.wps else '<w:tr w:rsidR="%s" w:rsidTr="%s">' % ((ctx.rsid(),) * 2))
        out.append("<w:trPr>%s</w:trPr>" % trpr)
        col = r.get("gb", 0)
        first_par = True
        for cell in r["cells"]:
            c = cell if isinstance(cell, dict) else {"p": cell}
            paras = c.get("p", "")
            if isinstance(paras, str):
                paras = [paras]
            span = c.get("span", 1)
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % sum(widths[col:col + span])
            if span > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % span
            tcpr += '<w:vAlign w:val="center"/>'
            k = c.get("kind") or ("hcell" if r.get("head") else
                                  (first_kind if cell is r["cells"][0] and first_kind else kind))
            body = c.get("tbl", "")
            for p in paras:
                if first_par and r.get("lrpb"):
                    p = "{lrpb}" + p
                first_par = False
                body += par(ctx, p, k, num=c.get("num"))
            out.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, body))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def textbox(ctx, inner, height_emu=1080000, width_emu=3240000):
    """A floating text box as Word 2010+ / WPS save it: a DrawingML shape in
    mc:Choice and the same box again as VML in mc:Fallback (inner given twice)."""
    cy, cx = height_emu, width_emu
    return (
        '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="zh-CN"/></w:rPr>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
        'distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>2590800</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>76200</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="2" name="文本框 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" '
        'vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="_x0000_s1027" o:spid="_x0000_s1027" '
        'o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:204pt;'
        'margin-top:6pt;height:85.05pt;width:255.15pt;z-index:251660288;mso-width-relative:page;'
        'mso-height-relative:page;" filled="f" stroked="f" coordsize="21600,21600"><v:path/>'
        '<v:fill on="f" focussize="0,0"/><v:stroke on="f" weight="0.5pt"/><v:imagedata o:title=""/>'
        '<o:lock v:ext="edit" aspectratio="f"/><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (cx, cy, cx, cy, inner, inner))


def anchor_par(ctx, run_xml):
    return ('<w:p><w:pPr><w:spacing w:line="578" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>%s</w:p>'
            % run_xml)


def sect_pr(ctx, footnotes=False):
    fn = ('<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>' if footnotes else "")
    rs = "" if ctx.wps else ' w:rsidR="%s" w:rsidSect="%s"' % (ctx.rsids[0], ctx.rsids[1])
    return ('<w:sectPr%s><w:footerReference w:type="default" r:id="rIdF1"/>'
            '<w:footerReference w:type="even" r:id="rIdF2"/>%s'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/><w:pgNumType w:fmt="decimal"/>'
            '<w:cols w:space="0" w:num="1"/><w:titlePg w:val="0"/><w:rtlGutter w:val="0"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
            % (rs, fn))


# ------------------------------------------------------------------ package parts

def numbering_xml(abstracts, nums):
    """abstracts: {absId: [(numFmt, lvlText, start, suff, pStyle or None), ...]};
    nums: [(numId, absId, {ilvl: startOverride})]."""
    out = [DECL, "<w:numbering %s>" % NS_WPS]
    for aid, lvls in sorted(abstracts.items()):
        out.append('<w:abstractNum w:abstractNumId="%d"><w:nsid w:val="%08X"/>'
                   '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="%08X"/>'
                   % (aid, 0x5A1B2C30 + aid, 0x3E7D9C10 + aid))
        for ilvl, (fmt, text, start, suff, pst) in enumerate(lvls):
            out.append('<w:lvl w:ilvl="%d" w:tentative="0"><w:start w:val="%d"/><w:numFmt w:val="%s"/>'
                       '%s<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                       '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
                       '<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>'
                       % (ilvl, start, fmt, '<w:pStyle w:val="%s"/>' % pst if pst else "", suff,
                          escape(text)))
        out.append("</w:abstractNum>")
    for nid, aid, over in nums:
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>' % (nid, aid))
        for ilvl, st in sorted(over.items()):
            out.append('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>'
                       % (ilvl, st))
        out.append("</w:num>")
    out.append("</w:numbering>")
    return "".join(out)


def styles_xml(ctx, numbered_styles=()):
    """numbered_styles: [(styleId, name, font, numId, ilvl)] paragraph styles carrying w:numPr."""
    f = FONTS["fs"]
    s = [DECL, '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
         'w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>'
         '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" '
         'w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
         % (NS_WPS if ctx.wps else NS),
         '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
         '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
         '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" '
         'w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
         '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style>' % f]
    for sid, name, font, nid, ilvl in numbered_styles:
        s.append('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="1"/>'
                 '<w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:keepNext w:val="0"/>'
                 '<w:keepLines w:val="0"/><w:numPr>%s<w:numId w:val="%d"/></w:numPr>'
                 '<w:spacing w:line="578" w:lineRule="exact"/><w:ind w:firstLine="640" '
                 'w:firstLineChars="200"/><w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:rFonts '
                 'w:eastAsia="%s"/><w:b w:val="0"/><w:sz w:val="32"/></w:rPr></w:style>'
                 % (sid, name, '<w:ilvl w:val="%d"/>' % ilvl if ilvl else "", nid, ilvl, FONTS[font]))
    s.append('<w:style w:type="character" w:default="1" w:styleId="10"><w:name w:val="Default Paragraph '
             'Font"/><w:semiHidden/><w:uiPriority w:val="0"/></w:style>'
             '<w:style w:type="table" w:default="1" w:styleId="11"><w:name w:val="Normal Table"/>'
             '<w:semiHidden/><w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
             '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
             'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
             '<w:style w:type="table" w:styleId="tgrid"><w:name w:val="Table Grid"/><w:basedOn w:val="11"/>'
             '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
             '<w:tblPr><w:tblBorders>%s</w:tblBorders></w:tblPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="ftr"><w:name w:val="footer"/><w:basedOn w:val="1"/>'
             '<w:uiPriority w:val="0"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
             '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/>'
             '</w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="fntext"><w:name w:val="footnote text"/>'
             '<w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:snapToGrid w:val="0"/>'
             '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
             '<w:style w:type="character" w:styleId="fnref"><w:name w:val="footnote reference"/>'
             '<w:basedOn w:val="10"/><w:uiPriority w:val="0"/><w:rPr><w:vertAlign w:val="superscript"/>'
             '</w:rPr></w:style></w:styles>' % borders("all"))
    return "".join(s)


def footer_xml(ctx, jc):
    run = ('<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" '
           'w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>%s</w:r>')
    return (DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="ftr"/><w:ind w:left="320" w:right="320"/>'
            '<w:jc w:val="%s"/></w:pPr>%s<w:fldSimple w:instr=" PAGE  \\* MERGEFORMAT ">%s</w:fldSimple>'
            '%s</w:p></w:ftr>') % (NS_WPS if ctx.wps else NS, jc, run % t_el("— "),
                                   run % t_el("1" if jc == "right" else "2"), run % t_el(" —"))


def footnotes_xml(ctx):
    out = [DECL, "<w:footnotes %s>" % NS_WPS,
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in ctx.footnotes:
        p = par(ctx, text, "fn", style="fntext")
        ref = ('<w:r><w:rPr><w:rStyle w:val="fnref"/><w:vertAlign w:val="superscript"/></w:rPr>'
               '<w:footnoteRef/></w:r>')
        p = p.replace("</w:pPr>", "</w:pPr>" + ref, 1)
        out.append('<w:footnote w:id="%d">%s</w:footnote>' % (fid, p))
    out.append("</w:footnotes>")
    return "".join(out)


def endnotes_xml():
    return (DECL + '<w:endnotes %s><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
            '</w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>') % NS_WPS


def settings_xml(ctx, footnotes=False):
    fn = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
          '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' if footnotes else "")
    if ctx.wps:
        compat = ('<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>'
                  '<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/>'
                  '<w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" '
                  'w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>')
        rsids = ""
    else:
        compat = ('<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>'
                  '<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/>'
                  '<w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" '
                  'w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat>')
        rsids = "<w:rsids>%s</w:rsids>" % "".join('<w:rsid w:val="%s"/>' % r for r in sorted(ctx.rsids))
    return (DECL + '<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader w:val="0"/>'
            '<w:bordersDoNotSurroundFooter w:val="0"/><w:documentProtection w:enforcement="0"/>'
            '<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders w:val="1"/>'
            '<w:drawingGridHorizontalSpacing w:val="158"/><w:drawingGridVerticalSpacing w:val="290"/>'
            '<w:displayHorizontalDrawingGridEvery w:val="1"/><w:displayVerticalDrawingGridEvery w:val="1"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/>%s%s%s'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" '
            'w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
            'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>') % (fn, compat, rsids)


def font_table():
    fonts = [("Times New Roman", "02020603050405020304", "00", "roman", "variable"),
             ("宋体", "02010600030101010101", "86", "auto", "default"),
             ("仿宋_GB2312", "02010609030101010101", "86", "modern", "fixed"),
             ("黑体", "02010609060101010101", "86", "modern", "fixed"),
             ("楷体_GB2312", "02010609030101010101", "86", "modern", "fixed"),
             ("方正小标宋简体", "02000000000000000000", "86", "script", "default"),
             ("Wingdings", "05000000000000000000", "02", "auto", "default")]
    return (DECL + '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + "".join('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/>'
                      '<w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>' % f for f in fonts)
            + "</w:fonts>")


THEME = (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题">'
         '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/>'
         '</a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/>'
         '</a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4874CB"/></a:accent1>'
         '<a:accent2><a:srgbClr val="EE822F"/></a:accent2><a:accent3><a:srgbClr val="F2BA02"/></a:accent3>'
         '<a:accent4><a:srgbClr val="75BD42"/></a:accent4><a:accent5><a:srgbClr val="30C0B4"/></a:accent5>'
         '<a:accent6><a:srgbClr val="E54C5E"/></a:accent6><a:hlink><a:srgbClr val="0026E5"/></a:hlink>'
         '<a:folHlink><a:srgbClr val="7E1FAD"/></a:folHlink></a:clrScheme><a:fontScheme name="Office">'
         '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/>'
         '<a:font script="Hans" typeface="宋体"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/>'
         '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:minorFont>'
         '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr '
         'val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>'
         '<a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700">'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill>'
         '<a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr '
         'val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle>'
         '<a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle>'
         '<a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr '
         'val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>'
         '<a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
         '<a:objectDefaults/></a:theme>')

CT = "application/vnd.openxmlformats-officedocument."


def content_types(ctx, footnotes):
    over = [("/word/document.xml", CT + "wordprocessingml.document.main+xml"),
            ("/word/numbering.xml", CT + "wordprocessingml.numbering+xml"),
            ("/word/styles.xml", CT + "wordprocessingml.styles+xml"),
            ("/word/settings.xml", CT + "wordprocessingml.settings+xml"),
            ("/word/fontTable.xml", CT + "wordprocessingml.fontTable+xml"),
            ("/word/footer1.xml", CT + "wordprocessingml.footer+xml"),
            ("/word/footer2.xml", CT + "wordprocessingml.footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", CT + "extended-properties+xml")]
    if footnotes:
        over += [("/word/footnotes.xml", CT + "wordprocessingml.footnotes+xml"),
                 ("/word/endnotes.xml", CT + "wordprocessingml.endnotes+xml")]
    if ctx.wps:
        over += [("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                 ("/docProps/custom.xml", CT + "custom-properties+xml"),
                 ("/customXml/itemProps1.xml", CT + "customXmlProperties+xml")]
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in over) + "</Types>")


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def rels(ctx):
    r = [("rId1", REL + "officeDocument", "word/document.xml"),
         ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml"),
         ("rId3", REL + "extended-properties", "docProps/app.xml")]
    if ctx.wps:
        r.append(("rId4", REL + "custom-properties", "docProps/custom.xml"))
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % x for x in r) + "</Relationships>")


def doc_rels(ctx, footnotes):
    r = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
         ("rId3", "numbering", "numbering.xml"), ("rId4", "fontTable", "fontTable.xml"),
         ("rIdF1", "footer", "footer1.xml"), ("rIdF2", "footer", "footer2.xml")]
    if footnotes:
        r += [("rId5", "footnotes", "footnotes.xml"), ("rId6", "endnotes", "endnotes.xml")]
    if ctx.wps:
        r += [("rId7", "theme", "theme/theme1.xml"), ("rId8", "customXml", "../customXml/item1.xml")]
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, REL, t, f) for i, t, f in r)
            + "</Relationships>")


def core_xml(author, date):
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">%sT00:52:00Z'
            '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%sT07:18:00Z</dcterms:modified>'
            '</cp:coreProperties>') % (escape(author), escape(author), date, date)


def app_xml(ctx, chars):
    appn = ("WPS Office_11.1.0.12980_F1E327BC-269C-435d-A252-1D4E0E3B1C2D" if ctx.wps
            else "Microsoft Office Word")
    ver = "" if ctx.wps else "<AppVersion>12.0000</AppVersion>"
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
            'docPropsVTypes"><Template>Normal%s</Template><Pages>4</Pages><Words>%d</Words>'
            '<Characters>%d</Characters><Lines>0</Lines><Paragraphs>0</Paragraphs>'
            '<TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
            '<CharactersWithSpaces>%d</CharactersWithSpaces><Application>%s</Application>%s'
            '<DocSecurity>0</DocSecurity></Properties>'
            % (".dotm" if not ctx.wps else "", chars // 2, chars, chars + 30, appn, ver))


def custom_xml(icv):
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
            '<vt:lpwstr>2052-11.1.0.12980</vt:lpwstr></property>'
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
            '<vt:lpwstr>%s</vt:lpwstr></property></Properties>') % icv


CUSTOM_ITEM = (DECL + '<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
               'xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData"><customSectProps>'
               '<customSectPr/></customSectProps></s:customData>')
CUSTOM_PROPS = (DECL + '<ds:datastoreItem ds:itemID="{B1977F7D-205B-4081-913C-38D41E755F92}" '
                'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                '<ds:schemaRefs><ds:schemaRef ds:uri="http://www.wps.cn/officeDocument/2013/wpsCustomData"/>'
                '</ds:schemaRefs></ds:datastoreItem>')
CUSTOM_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="%scustomXmlProps" Target="itemProps1.xml"/></Relationships>'
               % REL)


def write_docx(path, ctx, body, numbering, author, icv="", numbered_styles=()):
    footnotes = bool(ctx.footnotes)
    document = DECL + "<w:document %s><w:body>%s</w:body></w:document>" % (
        NS_WPS if ctx.wps else NS, body)
    y, m, d = (int(x) for x in ctx.date.split("-"))
    chars = len(re.sub(r"<[^>]+>", "", body))
    parts = [("[Content_Types].xml", content_types(ctx, footnotes)),
             ("_rels/.rels", rels(ctx)),
             ("docProps/app.xml", app_xml(ctx, chars)),
             ("docProps/core.xml", core_xml(author, ctx.date))]
    if ctx.wps:
        parts.append(("docProps/custom.xml", custom_xml(icv)))
    parts += [("word/document.xml", document),
              ("word/_rels/document.xml.rels", doc_rels(ctx, footnotes)),
              ("word/footer1.xml", footer_xml(ctx, "right")),
              ("word/footer2.xml", footer_xml(ctx, "left"))]
    if footnotes:
        parts += [("word/footnotes.xml", footnotes_xml(ctx)), ("word/endnotes.xml", endnotes_xml())]
    parts += [("word/numbering.xml", numbering),
              ("word/styles.xml", styles_xml(ctx, numbered_styles)),
              ("word/settings.xml", settings_xml(ctx, footnotes)),
              ("word/fontTable.xml", font_table())]
    if ctx.wps:
        parts += [("word/theme/theme1.xml", THEME),
                  ("customXml/item1.xml", CUSTOM_ITEM),
                  ("customXml/itemProps1.xml", CUSTOM_PROPS),
                  ("customXml/_rels/item1.xml.rels", CUSTOM_RELS)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(y, m, d, 15, 18, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


RED_RULE = [("bottom", "FF0000", 18)]
CC_TOP = [("top", "000000", 8), ("bottom", "000000", 4)]
CC_BOTTOM = [("bottom", "000000", 8)]


def header_block(ctx, b, mast, docno):
    b.append(par(ctx, mast, "mast", red=True, jc="center"))
    b.append(par(ctx, "", "empty"))
    b.append(par(ctx, docno, "docno", border=RED_RULE))
    b.append(par(ctx, "", "empty"))


# ====================================================================== 06
# 中共攸县网岭镇委员会 (湖南), 2023, WPS: cover 关于印发《…整改方案》的通知 + the
# 方案 with headings typed by hand and an inline 问题清单 table: 序号 cells
# numbered by WPS, three category rows spanning the table, a header row repeated
# on the next page (w:tblHeader; row 7 starts page 3), 责任单位 cells of several
# paragraphs with `（牵头）`, Chinese-numeral 完成时限 and a trailing 备注 column.

def notice_06():
    c = Ctx("2023-08-28")
    N = (1, 0)
    b = []
    P = lambda t, k="body", **kw: b.append(par(c, t, k, **kw))
    header_block(c, b, "中共攸县网岭镇委员会文件", "网党发〔2023〕21号")
    P("关于印发《网岭镇落实县委第三巡察组|反馈意见整改方案》的通知", "title", before=300)
    P("", "empty")
    P("各村（社区）党组织，镇机关各支部，镇直各单位：", "noind")
    P("现将《网岭镇落实县委第三巡察组反馈意见整改方案》印发给你们，请各责任领导、各责任单位对照整改任务清单，"
      "逐项细化措施，压茬推进落实，确保反馈问题件件有着落、事事有回音。")
    P("各责任领导要切实履行整改主体责任，对牵头整改的问题亲自研究、亲自部署、亲自督办；各责任单位要建立整改工作台账，"
      "明确具体责任人和时间节点，做到问题不查清不放过、整改不到位不放过、群众不满意不放过。整改工作中遇到的"
      "重大问题，要及时向镇党委请示报告。")
    P("", "empty")
    P("中共攸县网岭镇委员会", "sign", ind_right=960)
    P("2023年8月28日", "sign", ind_right=1120)
    P("（此件发至村（社区）党组织）", "noind", first=640)
    P("{pb}", "empty")
    P("{lrpb}网岭镇落实县委第三巡察组反馈意见整改方案", "title")
    P("", "empty")
    P("2023年5月8日至6月20日，县委第三巡察组对网岭镇党委开展了常规巡察，并于7月27日反馈了巡察意见，指出了"
      "3个方面10个具体问题。镇党委高度重视，诚恳接受、照单全收，逐条对照反馈意见认真查摆剖析，深挖问题根源。"
      "为切实抓好巡察反馈问题整改落实，经镇党委会议研究，制定本方案。")
    P("一、总体要求", "h1")
    P("坚持把巡察整改作为检验“四个意识”的重要标尺，坚持问题导向、目标导向、结果导向，以钉钉子精神抓好"
      "反馈问题整改，做到问题不解决不松劲、整改不到位不收兵，以整改实效推动全镇各项工作提质增效。")
    P("二、整改目标", "h1")
    P("2023年10月底前，巡察反馈的问题基本完成整改，整改完成率达到100%；2023年12月底前，针对反馈问题"
      "暴露出的薄弱环节，建立完善制度机制6项以上，形成长效常治的工作格局；镇党委领导班子和党员干部的政治判断力、"
      "政治领悟力、政治执行力明显增强，基层党组织战斗堡垒作用充分发挥。")
    P("三、整改任务", "h1")
    P("对照巡察反馈问题，逐项明确整改措施、责任领导、责任单位和完成时限，实行清单化管理、销号式推进。具体如下：")
    W = [640, 1900, 2460, 1100, 1300, 1060, 640]
    n = {"num": N, "p": "", "kind": "ccell"}
    cat = lambda t: {"cells": [{"p": t, "span": 7, "kind": "hcell"}]}
    rows = [
        {"head": True, "cells": ["序号", "存在问题", "整改措施", "责任领导", "责任单位", "完成时限", "备注"]},
        cat("（一）贯彻落实党的路线方针政策和上级决策部署方面"),
        [n, "学习贯彻党的二十大精神不够深入，2022年镇党委理论学习中心组集体学习仅开展6次，学用结合不紧",
         "制定镇党委理论学习中心组年度学习计划，每月开展一次集体学习，围绕乡村振兴、基层治理开展专题调研，"
         "形成调研报告不少于4篇",
         "党委书记 刘志刚", "镇党政综合办公室", "长期坚持", ""],
        [n, "粮食生产责任落实不到位，全镇仍有撂荒耕地320余亩未复耕复种",
         "建立撂荒耕地台账，逐块落实复耕主体和种植计划，对长期撂荒的引导流转给种粮大户、家庭农场经营，撂荒耕地复耕率达到100%",
         "党委委员、副镇长 谭卫东", ["镇农业综合服务中心（牵头）", "各村（社区）"], "二〇二三年十一月三十日前", ""],
        [n, "防返贫动态监测不够精准，抽查发现3户监测对象家庭收入信息未及时更新",
         "开展防返贫监测对象集中排查，逐户核实家庭人口、收入和“两不愁三保障”情况，及时更新系统信息，每季度开展一次动态监测，做到应纳尽纳、应帮尽帮",
         "党委副书记 何建平", ["镇乡村振兴办公室（牵头）", "镇民政办", "各村（社区）"], "二〇二三年九月底前",
         "持续整改"],
        [n, "安全生产“党政同责、一岗双责”落实有差距，部分村对经营性自建房隐患排查流于形式",
         "建立镇班子成员安全生产包片责任清单，每月开展一次隐患排查，经营性自建房排查整治率达到100%",
         "党委委员、副镇长 易海军", ["镇应急管理办公室（牵头）", "镇综合行政执法队", "各村（社区）"],
         "二〇二三年十二月三十一日前", ""],
        cat("（二）落实全面从严治党战略部署方面"),
        [n, "班子成员履行“一岗双责”不到位，对分管领域廉政风险排查不深入",
         "修订班子成员“一岗双责”责任清单，开展廉政风险点排查，建立风险防控措施台账，组织镇村干部开展警示教育",
         "党委书记 刘志刚", ["镇纪委（牵头）", "镇党政综合办公室"], "二〇二三年十月底前", ""],
        [n, "村级财务管理不规范，抽查4个村发现白条入账12笔，部分大额资金支出未履行“四议两公开”程序",
         "开展村级财务专项清理，规范票据报销和大额资金审批程序，村级财务公开率达到100%",
         "党委委员、纪委书记 陈晓红", ["镇财政所（牵头）", "镇纪委", "镇经管站"], "二〇二三年十一月底前",
         "与2022年度审计整改一并推进"],
        {"lrpb": True, "cells": [
            n, "执行中央八项规定精神不严格，公务用车使用登记不全",
            "完善公务用车管理制度，严格执行派车单和出车登记，实行“一车一档”，每季度公示一次公务用车使用情况",
            "党委委员、纪委书记 陈晓红", "镇党政综合办公室", "长期坚持", ""]},
        cat("（三）落实新时代党的组织路线方面"),
        [n, "基层党组织建设存在薄弱环节，2个村党组织“三会一课”记录不完整",
         "开展软弱涣散村党组织排查整顿，选优配强村党组织书记，规范“三会一课”记录，每季度对村党组织“三会一课”落实情况检查一次",
         "党委副书记 何建平", ["镇党建办（牵头）", "各村（社区）党组织"], "二〇二三年十二月底前", ""],
        [n, "干部队伍结构不优，镇机关35岁以下干部仅占18%",
         "制定年轻干部培养计划，选派年轻干部到信访、征拆等一线岗位锻炼不少于8名",
         "党委委员、组织委员 黄丽娟", "镇党建办", "二〇二四年六月三十日前", ""],
        [n, "村干部日常管理松散，部分村干部坐班值班制度执行不严",
         "完善村干部坐班值班和考勤制度，镇党建办每月通报一次考勤情况，考勤结果与村干部绩效报酬挂钩",
         "党委委员、组织委员 黄丽娟", ["镇党建办（牵头）", "各村（社区）"], "二〇二三年九月三十日前", ""],
    ]
    b.append(table(c, rows, W, first_kind="ccell"))
    P("四、保障措施", "h1")
    P("（一）加强组织领导。成立巡察整改工作领导小组，由镇党委书记任组长，镇长任副组长，领导小组办公室设在"
      "镇党政综合办公室，负责整改工作的统筹调度和督促检查。领导小组成员要按照分工认领整改任务，带头研究解决"
      "重点难点问题，做到守土有责、守土尽责。")
    P("（二）实行台账管理。对整改任务实行“清单制+责任制+销号制”管理，整改一项、销号一项，各责任单位于每月"
      "25日前将整改进展报镇巡察整改办。对已完成整改的问题，要及时收集佐证材料，做到整改资料完整规范、可查可考。")
    P("（三）强化督查问责。镇纪委负责对整改落实情况进行跟踪监督，镇党政综合办公室配合，对整改不力、敷衍整改的"
      "严肃追责问责。2023年11月10日前形成整改情况报告，按程序报县委巡察办。")
    P("（四）注重成果运用。把巡察整改与推进乡村振兴、基层治理等中心工作结合起来，以整改成果推动工作落实，"
      "对整改中形成的好经验、好做法及时总结提炼，上升为制度规范，切实做好巡察“后半篇文章”。")
    P("", "empty")
    P("抄送：县委巡察办，县委第三巡察组。", "cc", border=CC_TOP, first=0)
    P("中共攸县网岭镇委员会党政综合办公室　　　　2023年8月28日印发", "cc", border=CC_BOTTOM)
    b.append(sect_pr(c))
    num = numbering_xml({0: [("decimal", "%1", 1, "nothing", None)]}, [(1, 0, {})])
    return "06_youxian_wanglingzhen_2023_xuncha_zhenggai_wpstable", c, "".join(b), num, {}


# ====================================================================== 07
# 中共通江县委办公室 / 通江县人民政府办公室 (四川), 2025, WPS: joint 版头 in 双行合一
# (w:eastAsianLayout combine); signature and a locked DATE field in a floating text
# box (mc:Choice + mc:Fallback); 要点 numbered through paragraph STYLES only
# (styles.xml 标题 1 / 标题 2 carry w:numPr; paragraphs carry only w:pStyle);
# label paragraphs 牵头县领导 (people) / 牵头单位 / 配合单位 / 责任单位 with
# w:customXml wrappers; w:sym, w:noBreakHyphen and w:ptab in the cover and 版记.

def notice_07():
    c = Ctx("2025-02-17")
    b = []
    P = lambda t, k="body", **kw: b.append(par(c, t, k, **kw))
    H1 = lambda t: P(t, "h1", style="2")
    H2 = lambda t: P(t, "body", style="3")
    header_block(c, b, "{comb|中共通江县委办公室通江县人民政府办公室}文件", "通委办发〔2025〕5号")
    P("关于印发《2025年全县重点工作要点》的通知", "title", before=300)
    P("", "empty")
    P("各乡镇党委、人民政府，县委各部委，县级国家机关各部门，县属及驻县有关单位：", "noind")
    P("《2025年全县重点工作要点》已经县委常委会会议、县政府常务会议审议通过，现印发给你们，请结合实际认真抓好"
      "贯彻落实。")
    P("各乡镇、县级各部门要把重点工作要点作为全年工作的“任务书”和“施工图”，主要负责同志要亲自部署、亲自推动，"
      "分管负责同志要具体抓、抓具体，坚持清单化管理、项目化推进，确保各项任务按时保质完成。")
    P("各牵头县领导要加强统筹调度，及时协调解决推进中的困难和问题；各牵头单位要细化工作措施，于每季度末月25日前"
      "将推进情况分别报县委督查室、县政府督查室。县委督查室、县政府督查室将按季度开展专项督查，督查结果纳入"
      "年度目标绩效考核。对工作推进有力、成效明显的单位，予以通报表扬；对工作推进缓慢、落实不力的单位，"
      "视情况采取提醒、约谈等方式督促整改。各乡镇要结合实际，参照本要点研究制定本乡镇年度重点工作清单，"
      "确保县委、县政府决策部署在基层落地见效。各单位在推进过程中如需调整任务内容或者完成时限，须书面报经牵头县领导同意后，"
      "报县委督查室、县政府督查室备案，未经同意不得擅自调整。全县各级各部门要大力弘扬“马上就办、办就办好”的作风，以实干实绩推动各项任务落地见效。")
    P("联系人：县委督查室 王磊，联系电话：{sym|Wingdings|F028}0827{nbh}7222510。")
    sig = (par(c, "中共通江县委办公室{cr}通江县人民政府办公室", "noind", jc="center")
           + par(c, "{fs| DATE \\@ \"yyyy年M月d日\" |2025年2月17日|1}", "noind", jc="center"))
    b.append(anchor_par(c, textbox(c, sig)))
    P("", "empty")
    P("", "empty")
    P("（此件公开发布）", "noind", first=640)
    P("{pb}", "empty")
    P("{lrpb}2025年全县重点工作要点", "title")
    P("", "empty")
    P("2025年是“十四五”规划收官之年，也是通江加快建设川陕革命老区振兴发展示范县的关键之年。全县上下要坚持稳中求进"
      "工作总基调，完整准确全面贯彻新发展理念，坚持项目为王、产业为基、民生为本，统筹发展和安全，奋力推动全县"
      "经济社会高质量发展，确保地区生产总值增长6%左右，突出抓好以下重点工作。")
    H1("聚焦项目投资，夯实发展支撑")
    H2("{f|kai}加快重大项目建设。{f|fs}全年实施县级重点项目120个以上，完成投资85亿元以上；6月底前诺水河旅游环线"
       "公路完成路基工程，年底前县城第二水厂建成投运，推动一批续建项目早竣工、早投产、早见效。")
    P("牵头县领导：县委常委、常务副县长 赵明远", "body")
    P("牵头单位：{cx|qtdw|县发展改革局}", "body")
    P("配合单位：县交通运输局、县住房城乡建设局、县水务局", "body")
    H2("{f|kai}全力争取政策资金。{f|fs}紧盯超长期特别国债、中央预算内投资等政策窗口，全年争取上级资金不低于30亿元，"
       "每月召开一次项目争资调度会，建立项目储备库，确保储备项目滚动接续。")
    P("牵头县领导：副县长 李红梅")
    P("牵头单位：县财政局")
    P("配合单位：县发展改革局、县级各部门")
    H2("{f|kai}强化项目要素保障。{f|fs}推行“拿地即开工”模式，建立用地、用林、用能要素保障清单，重点项目用地报批"
       "平均时限压缩至60个工作日以内，盘活批而未供和闲置土地，提高土地节约集约利用水平。")
    P("牵头县领导：副县长 陈立新")
    P("责任单位：县自然资源局、县林业局")
    H1("聚焦产业发展，壮大实体经济")
    H2("{f|kai}做强银耳和富硒茶产业。{f|fs}新建高标准富硒茶园1万亩，通江银耳全产业链综合产值达到25亿元，培育市级以上"
       "农业产业化龙头企业3家，擦亮“通江银耳”地理标志品牌。")
    P("牵头县领导：县委常委、副县长 周永强")
    P("牵头单位：县农业农村局")
    P("配合单位：县林业局、县商务局")
    H2("{f|kai}推动文旅深度融合。{f|fs}依托红四方面军总指挥部旧址和诺水河景区，推出红色研学精品线路5条，全年接待"
       "游客达到1200万人次，办好“红色通江”文化旅游节，推动文旅消费提质扩容。")
    P("牵头县领导：副县长 王晓燕")
    P("牵头单位：县文化广播电视和旅游局")
    P("配合单位：县诺水河景区服务中心、各乡镇")
    H2("{f|kai}培育壮大市场主体。{f|fs}落实惠企纾困政策，开展“个转企、小升规”培育行动，全年新增市场主体5000户以上，"
       "新增规模以上工业企业10家，推动民营经济发展壮大。")
    P("牵头县领导：县委常委、常务副县长 赵明远")
    P("牵头单位：县经济信息化和科技局、县市场监管局")
    P("配合单位：县税务局、县财政局")
    H1("聚焦改革创新，优化营商环境")
    H2("{f|kai}深化“放管服”改革。{f|fs}推进“高效办成一件事”，年内新增集成办理事项不少于12项，政务服务事项全程"
       "网办率达到90%以上，持续擦亮“通心办”政务服务品牌。")
    P("牵头县领导：副县长 陈立新")
    P("牵头单位：县政务服务和公共资源交易服务中心")
    P("配合单位：县级各有关部门")
    H2("{f|kai}稳妥推进国资国企改革。{f|fs}9月底前完成县属国有企业整合重组，健全现代企业制度和市场化经营机制，推动国有资本向基础设施、公共服务等重点领域集中。")
    P("牵头县领导：县委常委、常务副县长 赵明远")
    P("责任单位：县财政局（县国资服务中心）")
    H1("聚焦民生福祉，增进群众获得感")
    H2("{f|kai}稳定扩大就业。{f|fs}城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内，每季度举办一次"
       "专场招聘会，统筹做好高校毕业生、农民工、退役军人等重点群体就业。")
    P("牵头县领导：副县长 李红梅")
    P("牵头单位：县人力资源社会保障局")
    P("配合单位：县总工会、团县委、县妇联")
    H2("{f|kai}推进教育医疗提质。{f|fs}8月底前建成投用县城第三幼儿园，新增公办学前学位900个；支持县人民医院"
       "创建三级乙等综合医院，推进紧密型县域医共体建设，让群众就近享有优质医疗服务。")
    P("牵头县领导：副县长 王晓燕")
    P("牵头单位：县教育科技局、县卫生健康局")
    P("配合单位：县发展改革局、县财政局")
    H2("{f|kai}守牢安全稳定底线。{f|fs}深入推进安全生产治本攻坚三年行动，每月开展一次重点行业领域隐患排查整治，"
       "全年生产安全事故起数较上年下降10%以上，常态化开展扫黑除恶斗争，持续推进信访积案化解。")
    P("牵头县领导：县委常委、政法委书记 刘海涛")
    P("牵头单位：{cx|qtdw|县应急管理局}")
    P("配合单位：县安委会各成员单位")
    H1("聚焦乡村振兴，建设和美乡村")
    H2("{f|kai}巩固拓展脱贫攻坚成果。{f|fs}健全防止返贫动态监测和帮扶机制，每月开展一次监测预警，脱贫人口人均纯收入"
       "增长8%以上，坚决守住不发生规模性返贫的底线。")
    P("牵头县领导：县委常委、副县长 周永强")
    P("牵头单位：县农业农村局")
    P("配合单位：县民政局、县医保局、各乡镇")
    H2("{f|kai}推进乡村建设行动。{f|fs}年内新建和改造农村公路150公里，完成农村户用卫生厕所改造2000户，创建省级"
       "乡村振兴示范村5个，持续改善农村人居环境。")
    P("牵头县领导：副县长 陈立新")
    P("牵头单位：县交通运输局、县农业农村局")
    P("配合单位：县财政局、各乡镇")
    P("", "empty")
    P("抄送：市委办公室，市政府办公室。", "cc", border=CC_TOP, first=0)
    P("中共通江县委办公室{ptab}2025年2月18日印发", "cc", border=CC_BOTTOM)
    b.append(sect_pr(c))
    num = numbering_xml({0: [("chineseCounting", "%1、", 1, "nothing", "2"),
                             ("chineseCounting", "（%2）", 1, "nothing", "3")]}, [(1, 0, {})])
    styles = [("2", "heading 1", "hei", 1, 0), ("3", "heading 2", "fs", 1, 1)]
    return "07_tongjiang_xianweiban_2025_zhongdian_yaodian_stylenum", c, "".join(b), num, styles


# ====================================================================== 08
# 金寨县梅山镇人民政府 (安徽), 2019, saved by Word from an old .doc: one section,
# numbering typed by hand with a TAB after the label (`一、\t…`), Shift+Enter line
# breaks inside paragraphs, Word 2003 smart tags (chsdate, PersonName), and the
# 责任分解表 nested inside a one-column layout table whose rows use
# w:gridBefore / w:gridAfter over sliver grid columns.

def notice_08():
    c = Ctx("2019-03-08", wps=False, rsids=["00A41C2E", "003B9F07", "00D6E215", "0075A8C3", "00E20B94",
                                             "0019D76F", "00C83A50", "0062F1BD"])
    b = []
    P = lambda t, k="body", **kw: b.append(par(c, t, k, **kw))
    header_block(c, b, "金寨县梅山镇人民政府文件", "梅政〔2019〕8号")
    P("关于印发《梅山镇2019年重点工作责任分解》的通知", "title", before=300)
    P("", "empty")
    P("各村（社区）、镇直各单位、镇各站所：", "noind")
    P("《梅山镇2019年重点工作责任分解》已经镇党委、镇政府研究同意，现印发给你们，请认真贯彻执行。{br}"
      "各分管领导要靠前指挥、亲自过问，各责任站所要明确专人、细化措施，确保全年各项重点工作落到实处。")
    P("镇党政办要会同镇纪委加强对重点工作推进情况的跟踪督查，对工作进展缓慢、推诿扯皮的，及时督促提醒；"
      "对无故拖延、影响全镇工作大局的，{br}按照有关规定严肃追究相关人员责任。各村（社区）、各站所在执行中遇到的"
      "困难和问题，请及时向镇党政办反映。分解表所列工作以外的其他工作，由各分管领导按照职责分工统筹推进，"
      "确保全镇各项工作整体推进、协调发展。镇党政办要加强对分解表执行情况的汇总分析，重大情况及时向镇党委、镇政府主要负责同志报告。各村（社区）要结合本村实际，把镇里的重点工作细化到村民小组、落实到具体责任人。")
    P("", "empty")
    P("金寨县梅山镇人民政府", "sign", ind_right=960)
    P("{st|chsdate|Year=2019;Month=3;Day=8;IsLunarDate=False;IsROCDate=False|2019年3月8日}", "sign",
      ind_right=1120)
    P("{pb}", "empty")
    P("{lrpb}梅山镇2019年重点工作责任分解", "title")
    P("", "empty")
    P("2019年是新中国成立70周年，是决胜全面建成小康社会的关键之年。为确保全年各项工作有序推进，根据镇党委、"
      "镇政府的总体部署，坚持稳中求进工作总基调，以脱贫攻坚统揽经济社会发展全局，聚焦产业发展、项目建设、"
      "生态保护和民生改善，突出抓重点、补短板、强弱项，{br}现将全镇2019年重点工作分解如下。各分管领导、各责任站所"
      "要对照分解表，逐项制定推进计划，明确时间节点和工作措施。")
    P("一、{tab}目标任务", "h1")
    P("全镇地区生产总值增长8%，规模以上工业增加值增长9%，农村常住居民人均可支配收入增长9.5%，高质量完成"
      "脱贫攻坚年度任务，生态环境持续改善，社会大局和谐稳定，人民群众获得感、幸福感、安全感进一步增强，"
      "为建设美丽富裕和谐梅山打下坚实基础。全镇上下要对标对表、加压奋进，确保各项目标任务全面完成、"
      "争先进位。")
    P("二、{tab}重点工作责任分工", "h1")
    P("按照“分管领导抓统筹、责任站所抓落实”的原则，将全镇重点工作逐项分解到分管领导和责任站所，具体见下表。")
    W = [20, 620, 3160, 1480, 1700, 1300, 20]
    PN = lambda name, title: "%s {st|PersonName|ProductID=%s|%s}" % (title, name, name)

    def row(i, task, lead, unit, due, mode):
        cells = [str(i), task, lead, unit, due]
        cells = [{"p": x} for x in cells]
        cells[0]["kind"] = "ccell"
        cells[4]["kind"] = "ccell"
        r = {"cells": cells}
        if mode in ("gb", "both"):
            r["gb"] = 1
        else:
            cells[0]["span"] = 2
        if mode in ("ga", "both"):
            r["ga"] = 1
        else:
            cells[4]["span"] = 2
        return r

    rows = [
        {"head": True, "cells": [{"p": "序号", "span": 2}, "重点工作", "分管领导", "责任站所",
                                 {"p": "完成时限", "span": 2}]},
        row(1, "茶产业提质增效。新建标准化茶园1500亩，改造低产茶园3000亩，茶叶综合产值突破5亿元，打响“金寨红”茶叶品牌",
            PN("汪德胜", "副镇长"), "镇农业综合服务站牵头，各村配合", "2019年11月底前", "gb"),
        row(2, "脱贫攻坚。完成剩余贫困人口脱贫任务，贫困发生率降至0.5%以下，落实“两不愁三保障”各项政策，做好脱贫攻坚档案资料规范化管理",
            PN("储成林", "党委副书记"), "镇扶贫工作站", "2019年12月31日前", "ga"),
        row(3, "农村人居环境整治。完成农村改厕800户，每个村建成垃圾集中收集点不少于2处，推进农村生活垃圾治理和村庄清洁行动",
            PN("汪德胜", "副镇长"), "镇环保站、镇规划建设站", "2019年10月31日前", "both"),
        row(4, "安全生产。每月开展一次安全生产大检查，重点整治非煤矿山、水库、道路交通和学校周边安全隐患，严防较大以上安全事故发生",
            PN("余海波", "党委委员、副镇长"), "镇安监站牵头，梅山派出所、镇交管站配合", "全年", "none"),
        row(5, "防汛抗旱。{st|chsdate|Year=2019;Month=5;Day=15;IsLunarDate=False;IsROCDate=False|5月15日}"
               "前完成全镇23座小型水库和山塘安全隐患排查，主汛期实行24小时值班",
            PN("张明军", "副镇长"), "镇水利站", "2019年5月15日前", "gb"),
        row(6, "森林防火。落实护林员巡山责任，森林火灾受害率控制在0.8‰以内，严管野外用火，清明、春节等重点时段加强巡护",
            PN("汪德胜", "副镇长"), "镇林业站牵头，各村负责", "长期坚持", "ga"),
        row(7, "项目建设。年内完成固定资产投资1.2亿元以上，新开工项目不少于5个，加快梅山湖旅游码头、集镇污水管网等项目建设",
            PN("刘宏伟", "镇长"), "镇经济发展办公室", "2019年12月底前", "none"),
        row(8, "信访维稳。每周召开一次矛盾纠纷排查调处会，初信初访一次性化解率达到90%以上，确保不发生越级上访和群体性事件",
            PN("储成林", "党委副书记"), "镇综治信访办牵头，镇司法所、梅山派出所配合", "长期坚持", "both"),
        row(9, "民生实事。新建村卫生室3个，城乡居民医保参保率稳定在98%以上，落实困难群众医疗救助政策",
            PN("张明军", "副镇长"), "镇社会事务办、镇卫生院", "2019年9月底前", "gb"),
        row(10, "基层党建。开展软弱涣散村党组织整顿，每季度开展一次村党组织书记述职评议，规范村级组织运转",
            PN("储成林", "党委副书记"), "镇党建办", "2019年6月30日前", "none"),
        row(11, "耕地保护。开展违法占用耕地建房专项整治，卫片执法图斑核查率达到100%，坚决遏制新增违法占地",
            PN("张明军", "副镇长"), "镇国土所", "2019年8月31日前", "gb"),
        row(12, "集镇管理。开展集镇环境卫生和占道经营专项整治，建立“门前三包”责任制，集镇主干道保洁覆盖率达到100%",
            PN("余海波", "党委委员、副镇长"), "镇城管中队", "2019年7月31日前", "both"),
        row(13, "金融扶贫。用好扶贫小额信贷政策，对有发展意愿和还款能力的贫困户应贷尽贷，小额信贷逾期率控制在1%以内",
            PN("储成林", "党委副书记"), "镇扶贫工作站牵头，镇财政所配合", "2019年12月31日前", "none"),
        row(14, "环境保护。落实河长制、林长制，开展河道“清四乱”专项行动，集镇污水处理率达到85%以上",
            PN("汪德胜", "副镇长"), "镇环保站牵头，镇水利站、镇林业站配合", "2019年11月30日前", "gb"),
        row(15, "文化旅游。依托天堂寨、梅山水库等资源发展乡村旅游，创建省级乡村旅游示范村1个",
            PN("张明军", "副镇长"), "镇文化站", "2019年12月31日前", "ga"),
        row(16, "招商引资。全年引进亿元以上项目2个，招商引资到位资金不低于3亿元",
            PN("刘宏伟", "镇长"), "镇招商办牵头，镇经济发展办公室配合", "2019年12月31日前", "ga"),
    ]
    inner = table(c, rows, W, jc="left")
    b.append(table(c, [[{"p": "梅山镇2019年重点工作责任分解表", "kind": "tcap"}],
                       [{"tbl": inner, "p": ""}]], [8500], bord="none"))
    P("三、{tab}工作要求", "h1")
    P("（一）{tab}强化责任落实。各分管领导要切实履行“一岗双责”，各责任站所要{br}倒排工期、挂图作战，确保各项"
      "重点工作按时保质完成。对工作推进中遇到的困难和问题，要主动研究解决，需要镇党委、镇政府协调的，及时提出"
      "意见建议。")
    P("（二）{tab}加强督查调度。镇党政办每月对重点工作推进情况进行一次督查通报，各村、各站所于每季度末月25日前"
      "将工作进展报镇党政办。")
    P("（三）{tab}严格考核奖惩。重点工作完成情况纳入年度综合考核，由镇纪委负责对工作不力、贻误工作的单位和个人"
      "{br}进行问责。")
    P("（四）{tab}注重宣传引导。充分利用镇村广播、宣传栏、微信公众号等平台，加大对重点工作的宣传力度，及时总结"
      "推广典型经验，营造比学赶超、争先进位的浓厚氛围。对群众反映的热点难点问题，要及时回应、妥善处理，"
      "争取群众的理解和支持，凝聚推动全镇经济社会发展的强大合力。")
    P("", "empty")
    P("抄送：县委办，县政府办。", "cc", border=CC_TOP, first=0)
    P("梅山镇党政办公室　　　　　　　　　　2019年3月8日印发", "cc", border=CC_BOTTOM)
    b.append(sect_pr(c))
    num = DECL + "<w:numbering %s></w:numbering>" % NS
    return "08_jinzhai_meishanzhen_2019_zhongdian_fenjie_doc2docx", c, "".join(b), num, ()


# ====================================================================== 09
# 西平县教育局 (河南), 2022, WPS: cover + 安全工作要点 numbered by WPS as a decimal
# outline (`%1.` over `%1.%2`), one level-1 item with its own text and no
# children; two footnotes (word/footnotes.xml): one explains the abbreviation
# 县校安办 in the preamble, one explains “六不两知” inside 2.1.

def notice_09():
    c = Ctx("2022-02-21")
    c.footnotes = [(1, "县校安办：西平县学校及周边治安综合治理工作领导小组办公室，设在县教育局。"),
                   (2, "“六不两知”：不私自下水游泳，不擅自与他人结伴游泳，不在无家长或教师带领的情况下游泳，"
                       "不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不熟悉水性的学生不擅自下水施救；"
                       "知道自救常识，知道施救方法。")]
    L1, L2 = (1, 0), (1, 1)
    b = []
    P = lambda t, k="body", **kw: b.append(par(c, t, k, **kw))
    header_block(c, b, "西平县教育局文件", "西教〔2022〕12号")
    P("关于印发《西平县2022年教育系统安全工作要点》的通知", "title", before=300)
    P("", "empty")
    P("各乡镇中心学校，县直各学校（幼儿园），各民办学校：", "noind")
    P("现将《西平县2022年教育系统安全工作要点》印发给你们，请结合实际，认真抓好落实。各学校（幼儿园）要对照"
      "要点制定本校安全工作计划，于3月10日前报局安全股备案。")
    P("各乡镇中心学校要加强对辖区中小学、幼儿园安全工作的指导检查，县直各学校（幼儿园）和各民办学校要把安全工作"
      "摆在学校各项工作的首位，主要负责同志要亲自研究部署、亲自督促落实，分管负责同志要具体抓好落实，确保全年"
      "不发生重大涉校涉生安全事故。执行中遇到的问题，请及时与局安全股联系。")
    P("各学校（幼儿园）要严格落实安全工作信息报送制度，发生涉校涉生安全事件后，要在妥善处置的同时，按规定及时"
      "向县教育局和属地政府报告，不得迟报、漏报、瞒报；对因工作失职导致发生安全事故的，依纪依法严肃追究相关人员责任。各乡镇中心学校要将本要点转发至辖区各中小学、幼儿园，并加强督促检查，确保各项安全措施落实到每一所学校、每一个班级、每一名学生，切实守护好广大师生的生命安全和身体健康。")
    P("", "empty")
    P("西平县教育局", "sign", ind_right=1440)
    P("2022年2月21日", "sign", ind_right=1120)
    P("（此件公开发布）", "noind", first=640)
    P("{pb}", "empty")
    P("{lrpb}西平县2022年教育系统安全工作要点", "title")
    P("", "empty")
    P("2022年全县教育系统安全工作的总体思路是：坚持“安全第一、预防为主、综合治理”方针，在县委、县政府和"
      "县校安办{fn|1}的统筹指导下，以创建平安校园为抓手，健全责任体系，强化风险防控，夯实基础保障，坚决防范"
      "和遏制涉校涉生安全事故发生，为全县教育事业高质量发展营造安全稳定的环境。各学校（幼儿园）要牢固树立"
      "安全发展理念，把安全工作贯穿教育教学全过程，全面提升师生安全素养和学校安全治理能力，努力办好人民满意的平安教育，让每一名学生都能在安全的环境中健康成长。")
    P("压实安全工作责任", "h1", num=L1)
    P("{f|kai}健全安全责任体系。{f|fs}严格落实“党政同责、一岗双责、齐抓共管、失职追责”，各学校（幼儿园）"
      "校长是本校安全工作第一责任人，3月底前逐级签订安全工作目标责任书，签订率达到100%。"
      "（局安全股负责，局人事股配合）", num=L2)
    P("{f|kai}完善风险防控机制。{f|fs}建立校园安全风险隐患排查整治台账，实行“排查、交办、整改、销号”闭环"
      "管理，每月开展一次安全隐患自查，对排查出的隐患明确整改责任人和整改时限，重大隐患及时报告、挂牌督办。（各学校（幼儿园）负责，局安全股督导）", num=L2)
    P("{f|kai}落实安全工作例会制度。{f|fs}局安全工作领导小组每季度召开一次安全工作例会，分析研判校园安全形势，"
      "研究部署阶段性重点工作；重要节点、重大活动前专题安排安全防范工作，做到任务明确、责任到人。"
      "（局办公室负责，局安全股配合）", num=L2)
    P("强化重点领域防控", "h1", num=L1)
    P("{f|kai}全力预防学生溺水。{f|fs}5月至9月，每周开展一次防溺水安全提醒，落实“六不两知”{fn|2}要求，"
      "“致家长的一封信”发放率达到100%，对沿河沿塘危险水域逐一设立警示标志，加强重点水域巡查看护，及时劝离在危险水域逗留的学生。（县校安办负责，"
      "各乡镇中心学校落实）", num=L2)
    P("{f|kai}加强校车和交通安全管理。{f|fs}校车驾驶人每年体检一次，每季度开展一次校车安全隐患排查，"
      "严禁使用未取得校车标牌的车辆接送学生，校车安全运行率达到100%。（局安全股牵头，县公安局交警大队、县交通运输局配合）", num=L2)
    P("{f|kai}保障学校食品安全。{f|fs}6月底前实现学校食堂食品安全量化等级评定全覆盖，学校食堂“明厨亮灶”"
      "覆盖率达到100%，严格落实食品安全校长（园长）负责制和陪餐制度。（局后勤股负责，县市场监管局指导）", num=L2)
    P("{f|kai}抓好校园消防安全。{f|fs}每季度组织一次应急疏散演练，寄宿制学校每月开展一次消防设施检查，"
      "师生消防安全培训覆盖率达到100%。（局安全股负责，县消防救援大队指导）", num=L2)
    P("{f|kai}加强校园周边综合治理。{f|fs}联合公安、市场监管、城管等部门开展校园周边环境专项整治，每月开展一次"
      "联合检查，依法取缔校园周边200米范围内的无证经营摊点，净化校园周边环境。（县校安办牵头，县公安局、"
      "县市场监管局、县城市管理局配合）", num=L2)
    P("{f|kai}预防校园欺凌和暴力。{f|fs}完善学生欺凌防治工作机制，开展校园欺凌专项治理，畅通学生求助和举报渠道，心理健康教育专兼职"
      "教师配备率达到80%以上，建立学生心理健康档案，及时发现和干预心理危机学生。（局基教股负责，局德育股配合）", num=L2)
    P("{f|kai}规范实验室和危险化学品管理。{f|fs}建立中小学实验室危险化学品采购、储存、使用、处置全过程台账，"
      "实行双人双锁保管、双人领用，对过期、废弃化学品集中处置，危险化学品台账建立率达到100%。（局装备股负责，"
      "县应急管理局指导）", num=L2)
    P("{f|kai}加强寄宿制学校安全管理。{f|fs}落实寄宿制学校夜间值班和宿舍管理制度，宿管人员按时查寝，对学生"
      "外出、请假实行登记管理，严防学生夜间擅自离校。（局基教股负责，各乡镇中心学校落实）", num=L2)
    P("夯实校园安全基础", "h1", num=L1)
    P("{f|kai}提升校园技防水平。{f|fs}推动中小学、幼儿园一键式紧急报警装置与公安机关联网，9月底前校园视频"
      "监控联网率达到100%，重点部位视频监控全覆盖、无死角。（局装备股负责，县公安局配合）", num=L2)
    P("{f|kai}加强人防物防建设。{f|fs}每所寄宿制学校配备专职保安不少于2名，城区学校上下学时段“护学岗”"
      "设岗率达到100%，学校大门口设置硬质防冲撞设施，落实门卫登记查验制度。（各学校（幼儿园）负责，县公安局配合）", num=L2)
    P("{f|kai}加强安全管理队伍建设。{f|fs}各学校（幼儿园）配齐配强安全管理干部，年内组织全县中小学、幼儿园"
      "安全管理人员专题培训，培训不少于300人次。（局人事股负责，局安全股配合）", num=L2)
    P("{f|kai}深化安全教育。{f|fs}结合“全国中小学生安全教育日”“防灾减灾日”开展主题教育，全年组织安全"
      "教育主题活动不少于4场，推动安全教育进课堂、进家庭、进社区。（局德育股负责，各学校（幼儿园）落实）", num=L2)
    P("{f|kai}健全应急处置机制。{f|fs}修订完善学校安全突发事件应急预案，每所学校每年至少组织开展一次综合性"
      "应急演练，严格落实应急值守和信息报送制度，突发事件第一时间报告、第一时间处置。（局安全股负责，"
      "各学校（幼儿园）落实）", num=L2)
    P("{f|hei}严格安全督导考核。{f|fs}局督导室每季度开展一次安全工作专项督导，年底前完成全县中小学、"
      "幼儿园安全工作考评，考评结果纳入学校年度目标考核。（局督导室负责，局安全股配合）", num=L1)
    P("", "empty")
    P("抄送：县校安办各成员单位。", "cc", border=CC_TOP, first=0)
    P("西平县教育局办公室　　　　　　　　　　2022年2月22日印发", "cc", border=CC_BOTTOM)
    b.append(sect_pr(c, footnotes=True))
    num = numbering_xml({0: [("decimal", "%1.", 1, "space", None),
                             ("decimal", "%1.%2", 1, "space", None)]}, [(1, 0, {})])
    return "09_xiping_jiaoyuju_2022_anquan_yaodian_footnotes", c, "".join(b), num, ()


# ====================================================================== 10
# 汉川市城市管理执法局 (湖北), 2021, WPS: cover + 实施细则 whose articles are
# numbered by WPS with lvlText `第%1条` (chineseCounting, suffix space),
# 第一条 purpose and 第二条 scope (principle), 第三条–第九条 tasks.

def notice_10():
    c = Ctx("2021-03-22")
    A = (1, 0)
    b = []
    P = lambda t, k="body", **kw: b.append(par(c, t, k, **kw))
    header_block(c, b, "汉川市城市管理执法局文件", "川城管发〔2021〕15号")
    P("关于印发《汉川市城区建筑渣土运输专项整治实施细则》的通知", "title", before=300)
    P("", "empty")
    P("各执法大队、局机关各科室、局属各单位：", "noind")
    P("为巩固全国文明城市创建成果，根治城区建筑渣土运输抛洒滴漏、带泥上路、乱倒乱卸等突出问题，改善城市人居环境，经局党组研究，决定在城区"
      "开展为期半年的建筑渣土运输专项整治。现将《汉川市城区建筑渣土运输专项整治实施细则》印发给你们，请认真遵照执行。"
      "执行中遇到的问题，请及时向局市容环卫科反映。")
    P("各执法大队要迅速成立专项整治工作组，主要负责同志亲自抓，分管负责同志具体抓，合理调配执法力量，加强夜间"
      "巡查管控；局机关各科室要按照职责分工，强化协调配合和业务指导，形成整治合力。专项整治期间，各执法大队"
      "于每周五下班前将整治工作情况报局执法督查科。")
    P("各单位要充分利用报纸、电视、网站和微信公众号等平台，广泛宣传专项整治的目的意义和工作要求，公布举报电话，"
      "曝光一批典型违法案例，引导建设、施工、运输单位自觉守法经营、文明运输，营造全社会共同参与、共同监督的良好氛围。")
    P("专项整治工作纳入各执法大队年度目标管理考核。对工作不力、措施不实、问题反弹的执法大队，局党组将约谈其主要"
      "负责同志，并在全局范围内通报批评；对成绩突出的集体和个人，予以表扬。")
    P("专项整治期间，局机关将抽调精干力量组成督查组，采取明察暗访、交叉检查等方式，对各执法大队整治工作开展情况"
      "进行督查，督查情况作为年度评先评优的重要依据。全局执法人员要严格遵守执法纪律，规范执法行为，做到严格、"
      "规范、公正、文明执法，严禁以罚代管、吃拿卡要。对群众举报的违规运输问题，要做到件件有回音、事事有着落，切实维护城市市容环境秩序和人民群众合法权益。专项整治中发现的重大问题，要及时向局党组报告，不得隐瞒不报、拖延不办。各执法大队要注重总结提炼整治中的好经验、好做法，推动建筑渣土运输管理由集中整治向常态长效转变，不断提升城市精细化管理水平，以优良的城市环境巩固全国文明城市创建成果。")
    P("", "empty")
    P("汉川市城市管理执法局", "sign", ind_right=1120)
    P("2021年3月22日", "sign", ind_right=1440)
    P("（此件公开发布）", "noind", first=640)
    P("{pb}", "empty")
    P("{lrpb}汉川市城区建筑渣土运输专项整治实施细则", "title")
    P("", "empty")
    P("为规范城区建筑渣土运输秩序，防治道路扬尘和抛洒滴漏污染，提升城市精细化管理水平，根据《城市市容和环境卫生"
      "管理条例》《湖北省城市市容和环境卫生管理条例》等规定，结合我市实际，制定本细则。建筑渣土运输专项整治坚持属地管理、部门联动、源头管控、疏堵结合的原则，"
      "做到全过程管理、全方位监控。", num=A)
    P("本细则适用于本市城区范围内建筑渣土（含工程弃土、拆除垃圾、装修垃圾）的产生、运输和消纳活动。从事建筑渣土运输的单位和个人，应当遵守本细则。城区范围以"
      "汉川市城市总体规划确定的中心城区为准。城区范围以外的乡镇集镇区、工业园区建筑渣土运输管理，参照本细则执行。", num=A)
    P("市城市管理执法局负责建筑渣土运输处置核准和运输过程的监督管理，市公安局交警大队、市交通运输局配合，按照各自"
      "职责做好渣土运输车辆道路交通违法行为查处和道路运输企业资质管理。城市管理执法、公安交警、交通运输等部门要"
      "建立联合执法机制，实行信息共享、案件移送和联合查处，对重大违法案件实行挂牌督办，确保查处到位，形成齐抓共管、综合治理的工作格局。", num=A)
    P("渣土运输车辆须加装卫星定位装置和全密闭覆盖装置，4月30日前全部接入市数字城管平台，实现运输轨迹、装卸地点实时监控，"
      "车辆密闭化改造率达到100%。未完成改造的车辆，一律不得从事城区渣土运输；对擅自拆除、屏蔽定位装置的，"
      "依法暂停其渣土运输资格。运输企业应当建立车辆和驾驶人管理台账，加强对驾驶人的安全和文明运输教育，督促驾驶人严格遵守道路交通安全法律法规。（局市容环卫科牵头，各执法大队配合）",
      num=A)
    P("建设工程施工工地出入口须设置车辆冲洗设施和沉淀池，渣土车辆出场前冲洗干净，严禁带泥上路，工地出入口冲洗设施"
      "设置率达到100%。施工单位是工地出入口保洁的第一责任人，应当安排专人冲洗保洁，做好冲洗记录；对未按要求"
      "设置冲洗设施的工地，责令改正，拒不改正的依法予以处罚。建设单位应当将渣土运输和处置费用列入工程预算，选择具备资质的运输企业承运，不得将渣土交由无证单位或者个人运输。（市住房和城乡建设局负责，局执法督查科督导）",
      num=A)
    P("渣土运输实行夜间运输、错峰运输和“一车一证”管理，运输路线和时段由市公安局交警大队会同局市容环卫科确定并"
      "向社会公布。运输车辆须按核准的路线、时段行驶，不得超载超速、沿途抛撒、随意倾倒；因抢险救灾等特殊情况需要白天运输的，"
      "须报经市公安局交警大队同意。消纳场所实行登记管理，运输车辆凭核准手续进场倾倒，严禁消纳场所接收无证运输车辆的渣土。（市公安局交警大队负责，局市容环卫科配合）",
      num=A)
    P("各执法大队实行“日巡查、周通报、月考评”制度，对辖区主次干道、工地周边、城郊结合部和消纳场所开展全时段巡查，对夜间偷运、乱倒行为实行露头就打，发现抛洒滴漏"
      "的，督促运输单位立即清理。局执法督查科每周汇总各执法大队巡查情况，每月对各执法大队管控工作进行考评排名，考评结果在全局通报。"
      "6月30日前城区主干道渣土抛洒问题整改销号率达到95%以上。（局执法督查科负责，"
      "各执法大队落实）", num=A)
    P("对违规运输、乱倒乱卸建筑渣土的单位和个人，依法从重处罚；对一年内违规3次以上的运输企业，列入“黑名单”"
      "并通报住建、交通等部门，依法限制其参与本市工程渣土运输；对无证运输、车辆未密闭运输的，依法暂扣运输车辆；"
      "构成犯罪的，移送司法机关依法追究刑事责任。对执法人员玩忽职守、滥用职权、徇私舞弊的，依纪依法追究责任。（局法制科牵头，市交通运输局、"
      "市住房和城乡建设局配合）", num=A)
    P("专项整治结束后，局执法督查科于2021年10月15日前形成专项整治工作总结，全面总结整治经验做法，提出建立渣土运输长效监管机制的意见建议，"
      "报局党组审定后实施。各执法大队要同步做好本辖区整治工作总结，全面梳理整治成效和存在问题，巩固专项整治成果，防止问题反弹。（局执法督查科负责，局市容环卫科配合）", num=A)
    P("", "empty")
    P("抄送：市城市管理委员会办公室，市公安局，市住房和城乡建设局，市交通运输局。", "cc", border=CC_TOP, first=0)
    P("汉川市城市管理执法局办公室　　　　　　2021年3月22日印发", "cc", border=CC_BOTTOM)
    b.append(sect_pr(c))
    num = numbering_xml({0: [("chineseCounting", "第%1条", 1, "space", None)]}, [(1, 0, {})])
    return "10_hanchuan_chengguanju_2021_zhatu_xize_articles", c, "".join(b), num, ()


NOTICES = [notice_06, notice_07, notice_08, notice_09, notice_10]
AUTHORS = {"06": "网岭镇党政办", "07": "县委办文书科", "08": "梅山镇党政办", "09": "县教育局办公室",
           "10": "城管执法局办公室"}
ICV = {"06": "5C3E19A8B07D4E2F9A6C1D8B2E4F7A31", "07": "8E21D4C6F3A94B07B5E2C8D1A6F3094E",
       "09": "1F6A3C8E2D4B4F90A7C5E3D2B1A8964C", "10": "A7D2E5B91C3F4068B2E9D4A6C1F7385D"}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for fn in NOTICES:
        stem, ctx, body, num, styles = fn()
        write_docx(os.path.join(out, stem + ".docx"), ctx, body, num, AUTHORS[stem[:2]],
                   ICV.get(stem[:2], ""), styles)
        print(stem + ".docx")


if __name__ == "__main__":
    main()
