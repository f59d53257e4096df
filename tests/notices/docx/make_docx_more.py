#!/usr/bin/env python3
"""Write Word test notices 11-15 of tests/notices/docx (standard library only).

usage: make_docx_more.py [OUT_DIR]        (default: the folder of this script)

Notices 11-15 test Word features that change what text a reader sees: hidden
text, moved text and a deleted table row (tracked changes), comments, the 版头
in the first page's header, a framed paragraph, a floating table, an imported
HTML chunk (altChunk), MERGEFIELD / DOCPROPERTY fields, 双行合一, full-width
digits and a run with complex-script properties.

It reuses the building blocks of make_docx.py (Doc, rpr fonts, numbering,
styles, footers, settings, the font table, core and app properties), which it
does not change; make_docx.py and make_docx_wps.py keep their outputs. The
paragraph markup is that of make_docx.py:

  |  {tab} {br} {pb} {lrpb} {ps} {pe} {bs|NAME} {be} {f|fs/hei/kai/xbs} {b} {/b}
  {del|TEXT} {ins|TEXT} {fld|INSTR|TEXT}

with these additions:

  {hid|TEXT}        a hidden run: <w:vanish/> in its w:rPr (Word does not show it)
  {cs|TEXT}         a run with complex-script properties: rFonts w:cs, hint "cs",
                    <w:rtl w:val="0"/> and <w:cs/> (left-to-right, shown as is)
  {comb|TEXT}       a run with <w:eastAsianLayout w:combine="1"> (双行合一)
  {cmt|N} {/cmt|N}  commentRangeStart N / commentRangeEnd N and the run with
                    <w:commentReference w:id="N"/>; the note is in comments.xml
  {mvf|NAME|TEXT}   moved-from text: moveFromRangeStart NAME, <w:moveFrom> with
                    the runs (w:t), moveFromRangeEnd (Word does not show it)
  {mvt|NAME|TEXT}   the same text where it was moved to (<w:moveTo>, shown)
  {fs|INSTR|TEXT}   a simple field <w:fldSimple w:instr="INSTR"> whose cached
                    result is TEXT

Tables are lists of rows as in make_docx.py; a row may be a dict {"cells": [...],
"del": True} for a row deleted as a tracked change (<w:trPr><w:del/>, its text
in w:delText), and table(..., float_=True) writes a floating table (w:tblpPr).

Running it twice gives the same bytes: the zip entries carry a fixed timestamp
(the notice's date) and are written in a fixed order.
"""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_docx import (DECL, NS, escape, FONTS, KINDS, TOKEN, Doc, t_el,  # noqa: E402
                       BORDERS_ALL, BORDERS_NONE, BORDERS_CC, numbering_xml, STYLES,
                       footer_xml, SETTINGS, FONT_TABLE, core_xml, app_xml, OUTLINE, SEQ)

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = dict(KINDS, mast2=("xbs", 56, 0, "distribute"), hdr=("fs", 32, 0, "center"),
             frame=("fs", 32, 0, "left"))

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def rpr(font, size, bold=False, red=False, vanish=False, cs=False, comb=None, rstyle=None):
    """w:rPr in schema order; without the extras it is make_docx.rpr's."""
    f = FONTS[font]
    s = "<w:rPr>"
    if rstyle:
        s += '<w:rStyle w:val="%s"/>' % rstyle
    if cs:
        s += ('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="Times New Roman" '
              'w:hint="cs"/>' % (f, f, f))
    else:
        s += ('<w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" w:hAnsi="Times New Roman" '
              'w:hint="eastAsia"/>' % f)
    if bold:
        s += "<w:b/><w:bCs/>"
    if vanish:
        s += "<w:vanish/>"
    if red:
        s += '<w:color w:val="FF0000"/>'
    if size != 21:
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    if cs:
        s += '<w:rtl w:val="0"/><w:cs/>'
    if comb:
        s += '<w:eastAsianLayout w:id="%d" w:combine="1"/>' % comb
    return s + "</w:rPr>"


def runs(doc, text, font, size, red=False):
    """The runs of one paragraph in the markup of the module doc."""
    out = []
    bold = False
    stamp = lambda m: 'w:author="%s" w:date="%sT%s:00Z"' % (doc.author, doc.date, m)
    for piece in TOKEN.split(text):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            tok = piece[1:-1].split("|")
            name = tok[0]
            rp = rpr(font, size, bold, red)
            if name in ("tab", "br", "pb", "lrpb"):
                el = {"tab": "<w:tab/>", "br": "<w:br/>", "pb": '<w:br w:type="page"/>',
                      "lrpb": "<w:lastRenderedPageBreak/>"}[name]
                out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (doc.rsid(), rp, el))
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
                out.append('<w:del w:id="%d" %s><w:r w:rsidDel="%s" w:rsidR="%s">%s%s</w:r></w:del>'
                           % (doc.rev, stamp("10:21"), doc.rsids[-1], doc.rsids[0], rp,
                              t_el(tok[1], "w:delText")))
            elif name == "ins":
                doc.rev += 1
                out.append('<w:ins w:id="%d" %s><w:r w:rsidR="%s">%s%s</w:r></w:ins>'
                           % (doc.rev, stamp("10:22"), doc.rsids[-1], rp, t_el(tok[1])))
            elif name in ("mvf", "mvt"):
                kind = "moveFrom" if name == "mvf" else "moveTo"
                doc.rev += 2
                out.append('<w:%sRangeStart w:id="%d" %s w:name="%s"/>'
                           '<w:%s w:id="%d" %s><w:r w:rsidR="%s">%s%s</w:r></w:%s>'
                           '<w:%sRangeEnd w:id="%d"/>'
                           % (kind, doc.rev - 1, stamp("10:25"), tok[1], kind, doc.rev,
                              stamp("10:25"), doc.rsids[-1], rp, t_el(tok[2]), kind,
                              kind, doc.rev - 1))
            elif name == "hid":
                out.append('<w:r w:rsidR="%s">%s%s</w:r>'
                           % (doc.rsid(), rpr(font, size, bold, red, vanish=True), t_el(tok[1])))
            elif name == "cs":
                out.append('<w:r w:rsidR="%s">%s%s</w:r>'
                           % (doc.rsid(), rpr(font, size, bold, red, cs=True), t_el(tok[1])))
            elif name == "comb":
                out.append('<w:r w:rsidR="%s">%s%s</w:r>'
                           % (doc.rsid(), rpr(font, size, bold, red, comb=-1434531327),
                              t_el(tok[1])))
            elif name == "cmt":
                out.append('<w:commentRangeStart w:id="%s"/>' % tok[1])
            elif name == "/cmt":
                out.append('<w:commentRangeEnd w:id="%s"/><w:r w:rsidR="%s">%s'
                           '<w:commentReference w:id="%s"/></w:r>'
                           % (tok[1], doc.rsid(), rpr(font, size, rstyle="ab"), tok[1]))
            elif name == "fs":
                out.append('<w:fldSimple w:instr="%s"><w:r w:rsidR="%s">%s%s</w:r></w:fldSimple>'
                           % (escape(tok[1], {'"': "&quot;"}), doc.rsid(), rp, t_el(tok[2])))
            elif name == "fld":
                r = doc.rsid()
                out.append('<w:r w:rsidR="%s">%s<w:fldChar w:fldCharType="begin"/></w:r>'
                           '<w:r w:rsidR="%s">%s%s</w:r>'
                           '<w:r w:rsidR="%s">%s<w:fldChar w:fldCharType="separate"/></w:r>'
                           '<w:r w:rsidR="%s">%s%s</w:r>'
                           '<w:r w:rsidR="%s">%s<w:fldChar w:fldCharType="end"/></w:r>'
                           % (r, rp, r, rp, t_el(" %s " % tok[1], "w:instrText"), r, rp,
                              r, rp, t_el(tok[2]), r, rp))
            else:
                raise ValueError("unknown token %r" % piece)
            continue
        for chunk in piece.split("|"):
            if chunk:
                out.append('<w:r w:rsidR="%s">%s%s</w:r>'
                           % (doc.rsid(), rpr(font, size, bold, red), t_el(chunk)))
    return "".join(out)


def par(doc, text, kind="body", num=None, red=False, border=False, jc=None, ind_right=0,
        before=0, frame=None, sect=None, deleted=False):
    """One paragraph, as make_docx.par, with a frame (w:framePr: the 发文字号 line)
    and a deleted paragraph mark (the cells of a deleted row)."""
    font, size, first, align = KINDS[kind]
    ppr = []
    if kind == "cc":
        ppr.append('<w:pStyle w:val="a7"/>')
    if frame:
        ppr.append(frame)
    if num:
        ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0]))
    if border:
        ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr>')
    if frame:
        ppr.append('<w:tabs><w:tab w:val="right" w:pos="8524"/></w:tabs>')
    if kind in ("cell", "ccell", "hcell", "cc"):
        ppr.append('<w:spacing w:line="320" w:lineRule="exact"/>')
    elif kind == "title":
        ppr.append('<w:spacing w:before="%d" w:line="700" w:lineRule="exact"/>' % before)
    elif kind in ("mast", "mast2"):
        ppr.append('<w:spacing w:line="1000" w:lineRule="exact"/>')
    else:
        ppr.append('<w:spacing w:before="%d" w:line="560" w:lineRule="exact"/>' % before)
    if first or ind_right or frame:
        ind = "<w:ind"
        if frame:
            ind += ' w:left="320" w:right="320"'
        if ind_right:
            ind += ' w:right="%d"' % ind_right
        if first:
            ind += ' w:firstLineChars="200" w:firstLine="%d"' % first
        ppr.append(ind + "/>")
    ppr.append('<w:jc w:val="%s"/>' % (jc or align))
    mark = rpr(font, size, False, red)
    if deleted:
        doc.rev += 1
        mark = mark.replace("<w:rPr>", '<w:rPr><w:del w:id="%d" w:author="%s" w:date="%sT10:31:00Z"/>'
                            % (doc.rev, doc.author, doc.date), 1)
    ppr.append(mark)
    if sect:
        ppr.append(sect)
    r = doc.rsid()
    body = runs(doc, "{del|%s}" % text if deleted and text else text, font, size, red)
    return ('<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr>%s</w:pPr>%s</w:p>'
            % (r, doc.rsids[0], r, "".join(ppr), body))


FLOAT = ('<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
         'w:horzAnchor="margin" w:tblpXSpec="center" w:tblpY="157"/><w:tblOverlap w:val="never"/>')


def table(doc, rows, widths, header=0, borders=BORDERS_ALL, kind="cell", first_kind=None,
          float_=False):
    """A table as make_docx.table; float_ writes w:tblpPr (a floating table), and a
    row {"cells": [...], "del": True} is deleted as a tracked change."""
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="a8"/>%s<w:tblW w:w="%d" w:type="dxa"/>'
           '%s%s<w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (FLOAT if float_ else "", sum(widths), "" if float_ else '<w:jc w:val="center"/>',
              borders, grid)]
    for ri, row in enumerate(rows):
        deleted = isinstance(row, dict) and row.get("del")
        cells = row["cells"] if isinstance(row, dict) else row
        r = doc.rsid()
        dl = ""
        if deleted:
            doc.rev += 1
            dl = '<w:del w:id="%d" w:author="%s" w:date="%sT10:30:00Z"/>' % (doc.rev, doc.author,
                                                                             doc.date)
        trpr = '<w:trPr><w:trHeight w:val="567"/>%s%s</w:trPr>' % (
            "<w:tblHeader/>" if ri < header else "", dl)
        out.append('<w:tr w:rsidR="%s" w:rsidTr="%s">%s' % (r, r, trpr))
        col = 0
        for cell in cells:
            c = cell if isinstance(cell, dict) else {"p": cell}
            paras = c.get("p", "")
            if isinstance(paras, str):
                paras = [paras]
            span = c.get("span", 1)
            w = sum(widths[col:col + span])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if span > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % span
            tcpr += '<w:vAlign w:val="center"/>'
            k = c.get("kind") or ("hcell" if ri < header else
                                  (first_kind if col == 0 and first_kind else kind))
            body = "".join(par(doc, p, k, num=c.get("num"), red=c.get("red", False),
                               deleted=deleted) for p in paras)
            out.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, body))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def masthead_table(doc, text):
    return table(doc, [[{"p": text, "kind": "mast", "red": True}]], [8844], borders=BORDERS_NONE)


def cc_table(doc, lines):
    return table(doc, [[l] for l in lines], [8844], borders=BORDERS_CC, kind="cc")


def sect_pr(doc, first_header=False):
    """The A4 section of a 公文; with first_header, a different first page whose
    header (header1.xml) holds the 版头, an empty default header and a first-page
    footer."""
    refs = ""
    if first_header:
        refs = ('<w:headerReference w:type="default" r:id="rId8"/>'
                '<w:headerReference w:type="first" r:id="rId7"/>')
    refs += '<w:footerReference w:type="even" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'
    if first_header:
        refs += '<w:footerReference w:type="first" r:id="rId9"/>'
    return ('<w:sectPr w:rsidR="%s" w:rsidSect="%s">%s<w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
            'w:footer="1304" w:gutter="0"/><w:cols w:space="425"/>%s'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
            % (doc.rsids[0], doc.rsids[1], refs, "<w:titlePg/>" if first_header else ""))


# ---------------------------------------------------------------- package parts

STYLES_MORE = STYLES.replace(
    "</w:styles>",
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
    '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr>'
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="aa"><w:name w:val="annotation text"/><w:basedOn w:val="a"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="ab"><w:name w:val="annotation reference"/>'
    '<w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style></w:styles>')


def header_xml(doc, paras):
    """A header part: header1.xml (the first page: the 版头) or an empty default."""
    body = "".join(paras) if paras else (
        '<w:p><w:pPr><w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" '
        'w:color="auto"/></w:pBdr></w:pPr></w:p>')
    return DECL + "<w:hdr %s>%s</w:hdr>" % (NS, body)


def comments_xml(doc, notes):
    """word/comments.xml: a reviewer's note per comment id (not body text)."""
    out = [DECL, "<w:comments %s>" % NS]
    for cid, (author, initials, when, text) in enumerate(notes):
        out.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p>'
                   '<w:pPr><w:pStyle w:val="aa"/></w:pPr><w:r><w:rPr><w:rStyle w:val="ab"/></w:rPr>'
                   '<w:annotationRef/></w:r><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>%s</w:r>'
                   '</w:p></w:comment>' % (cid, escape(author), when, initials, t_el(text)))
    out.append("</w:comments>")
    return "".join(out)


def custom_xml(props):
    out = [DECL, '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/docPropsVTypes">']
    for pid, (name, value) in enumerate(props, 2):
        out.append('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
                   '<vt:lpwstr>%s</vt:lpwstr></property>' % (pid, escape(name), escape(value)))
    out.append("</Properties>")
    return "".join(out)


def write_docx(path, n):
    """Zip the parts of notice n (a dict) in a fixed order with a fixed timestamp."""
    d = n["doc"]
    body = n["body"]
    document = DECL + "<w:document %s><w:body>%s</w:body></w:document>" % (NS, body)
    y, m, dd = (int(x) for x in d.date.split("-"))
    chars = len(re.sub(r"<[^>]+>", "", body))
    rels = [(1, "numbering", "numbering.xml"), (2, "styles", "styles.xml"),
            (3, "settings", "settings.xml"), (4, "fontTable", "fontTable.xml"),
            (5, "footer", "footer1.xml"), (6, "footer", "footer2.xml")]
    over = [("/word/document.xml", CT + "document.main+xml"),
            ("/word/numbering.xml", CT + "numbering+xml"), ("/word/styles.xml", CT + "styles+xml"),
            ("/word/settings.xml", CT + "settings+xml"), ("/word/footer1.xml", CT + "footer+xml"),
            ("/word/footer2.xml", CT + "footer+xml")]
    extra = []
    if n.get("header"):
        rels += [(7, "header", "header1.xml"), (8, "header", "header2.xml"),
                 (9, "footer", "footer3.xml")]
        over += [("/word/header1.xml", CT + "header+xml"), ("/word/header2.xml", CT + "header+xml"),
                 ("/word/footer3.xml", CT + "footer+xml")]
        extra += [("word/header1.xml", header_xml(d, n["header"])),
                  ("word/header2.xml", header_xml(d, None)),
                  ("word/footer3.xml", footer_xml("right"))]
    if n.get("comments"):
        rels.append((10, "comments", "comments.xml"))
        over.append(("/word/comments.xml", CT + "comments+xml"))
        extra.append(("word/comments.xml", comments_xml(d, n["comments"])))
    if n.get("chunk"):
        rels.append((11, "aFChunk", "afchunk.htm"))
        over.append(("/word/afchunk.htm", "text/html"))
        extra.append(("word/afchunk.htm", n["chunk"]))
    over += [("/word/fontTable.xml", CT + "fontTable+xml"),
             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
             ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    pkg_rels = [("rId3", "extended-properties", "docProps/app.xml"),
                ("rId2", "package/metadata/core-properties", "docProps/core.xml"),
                ("rId1", "officeDocument", "word/document.xml")]
    if n.get("custom"):
        over.append(("/docProps/custom.xml",
                     "application/vnd.openxmlformats-officedocument.custom-properties+xml"))
        pkg_rels.append(("rId4", "custom-properties", "docProps/custom.xml"))
    content_types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                     'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                     + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in over)
                     + "</Types>")
    pkg = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join('<Relationship Id="%s" Type="%s" Target="%s"/>'
                     % (i, ("http://schemas.openxmlformats.org/" + t) if t.startswith("package/")
                        else RT + t, f) for i, t, f in pkg_rels)
           + "</Relationships>")
    doc_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>'
                          % ("htmlChunk1" if t == "aFChunk" else "rId%d" % i, RT, t, f)
                          for i, t, f in rels)
                + "</Relationships>")
    track = "<w:trackRevisions/>" if ("<w:del " in body or "<w:moveFrom " in body) else ""
    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", pkg),
             ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels)]
    parts += extra
    parts += [("word/footer1.xml", footer_xml("left")), ("word/footer2.xml", footer_xml("right")),
              ("word/numbering.xml", n["numbering"]), ("word/styles.xml", STYLES_MORE),
              ("word/settings.xml", SETTINGS % (track, "".join('<w:rsid w:val="%s"/>' % r
                                                               for r in sorted(d.rsids)))),
              ("word/fontTable.xml", FONT_TABLE), ("docProps/core.xml", core_xml("", d.author, d.date)),
              ("docProps/app.xml", app_xml(chars))]
    if n.get("custom"):
        parts.append(("docProps/custom.xml", custom_xml(n["custom"])))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(y, m, dd, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


# ====================================================================== 11
# 安福县安全生产委员会办公室 (江西), 2024: cover 关于印发《…“安全生产月”活动方案》的
# 通知 + the 方案. The red 版头 and the 发文字号 stand in the HEADER of the first page
# (header1.xml, w:titlePg); an old deadline is kept as hidden text (w:vanish) beside
# the new one; two reviewers' comments (comments.xml) name a date and a unit.

def notice_11():
    d = Doc(["00A51C3E", "0042D07B", "00C9136A", "0017E8F4", "00B63A29", "00E0542D",
             "005F7B81", "00D8A6C0"], "2024-05-22", author="县安委办 刘芳")
    H1, H2 = (1, 0), (1, 1)
    hdr = [par(d, "安福县安全生产委员会办公室文件", "mast2", red=True),
           par(d, "", "hdr"),
           par(d, "安安办字〔2024〕9号", "hdr", border=True)]
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    P("", "empty")
    P("关于印发《安福县2024年“安全生产月”|活动方案》的通知", "title", before=300)
    P("", "empty")
    P("各乡镇人民政府，县安委会各成员单位，县直有关单位：", "noind")
    P("现将《安福县2024年“安全生产月”活动方案》印发给你们，请结合实际，认真抓好组织实施。")
    P("各乡镇、各单位要把“安全生产月”活动与安全生产治本攻坚三年行动结合起来，以活动促工作，以工作检验活动成效。"
      "活动结束后，请于7月5日前将活动总结及相关图片、视频资料报送县安委办（县应急管理局安全生产综合协调股）。")
    P("活动期间，各乡镇、各单位要严格落实领导干部带班和值班值守制度，遇有重要情况及时报告，严禁迟报、漏报、谎报、瞒报。")
    P("联系人：王晓东，联系电话：0796-7621195。")
    P("", "empty")
    P("安福县安全生产|委员会办公室", "sign", ind_right=640)
    P("2024年5月|22日", "sign", ind_right=1120)
    P("（此件主动公开）")
    P("{pb}", "empty")
    P("{lrpb}安福县2024年“安全生产月”活动方案", "title")
    P("", "empty")
    P("为深入学习贯彻习近平总书记关于安全生产的重要论述，进一步强化全社会安全发展意识，营造“人人讲安全、个个会应急”"
      "的浓厚氛围，根据国务院安委会办公室、应急管理部和省、市安委会办公室关于开展2024年全国“安全生产月”活动的部署，"
      "县安委会决定于2024年6月在全县开展第23个“安全生产月”活动。通过开展系列宣传教育和隐患排查活动，"
      "进一步压实安全生产责任，提升全民安全素质和应急处置能力，为全县经济社会高质量发展营造安全稳定的环境。为确保活动取得实效，特制定本方案。")
    P("活动主题：人人讲安全、个个会应急——畅通生命通道")
    P("活动时间：2024年6月1日至6月30日")
    P("组织领导", "h1", num=H1)
    P("县安委办负责“安全生产月”活动的统筹协调、督促指导和信息汇总。各乡镇、县安委会各成员单位要成立相应的活动领导机构，"
      "明确一名分管负责同志和一名联络员，结合实际制定本地本单位具体活动方案，于5月31日前报县安委办备案。县安委会各成员单位要结合行业特点，"
      "组织开展具有行业特色的主题活动，做到活动有方案、有记录、有总结。")
    P("重点活动", "h1", num=H1)
    P("{f|kai}开展集中学习宣讲。{f|fs}把学习贯彻习近平总书记关于安全生产的重要论述作为活动的首要任务，6月10日前，"
      "各乡镇、各成员单位至少组织一次专题学习，党政主要负责同志带头讲一堂安全课，推动安全发展理念深入人心。"
      "（县安委办牵头，县委宣传部、县融媒体中心配合）", num=H2)
    P("{f|kai}举办“安全宣传咨询日”活动。{f|fs}在“安全宣传咨询日”当天，县城主会场集中设置宣传展板、应急体验和咨询服务区，"
      "邀请安全生产专家现场解答群众关心的安全问题，各乡镇同步设立分会场，全县现场发放宣传资料不少于1万份，受众不少于2万人次。（县安委办负责，县安委会各成员单位、"
      "各乡镇人民政府配合）", num=H2)
    P("{f|kai}组织应急演练观摩。{f|fs}各乡镇、各有关单位要围绕防汛、消防、危险化学品泄漏、人员密集场所疏散等场景开展"
      "实战化应急演练，全县组织各类应急演练不少于120场次。县应急管理局于{hid|6月20日前}{cmt|0}6月25日前{/cmt|0}"
      "组织一次县级综合应急演练观摩活动。（县应急管理局牵头，县消防救援大队、县卫生健康委员会、县公安局配合）", num=H2)
    P("{f|kai}开展“畅通生命通道”集中行动。{f|fs}聚焦高层建筑、大型商业综合体、学校、医院等场所，集中清理占用、堵塞、"
      "封闭消防车通道和安全出口、疏散通道的行为，排查覆盖率达到100%，6月30日前完成问题整改，对拒不整改或整改不到位的单位依法依规予以处罚并公开曝光。（县消防救援大队牵头，"
      "县住房和城乡建设局、县城市管理局、县公安局交通管理大队配合）", num=H2)
    P("{f|kai}开展安全知识网络宣传。{f|fs}依托“安福发布”微信公众号、抖音号等新媒体平台，活动期间每周推送一期安全知识"
      "和典型事故案例，组织全县干部群众参加全国“安全生产月”网络知识竞赛，参赛人数不少于5000人。（县融媒体中心负责，"
      "县应急管理局配合）", num=H2)
    P("{f|kai}畅通隐患举报渠道。{f|fs}公布安全生产举报电话0796-7612350，鼓励群众和企业员工举报重大事故隐患和非法违法"
      "行为，对经核查属实的举报按规定给予奖励，举报线索按期办结率达到100%。（县应急管理局负责）", num=H2)
    P("{f|kai}深化重点行业领域执法检查。{f|fs}聚焦危险化学品、非煤矿山、建筑施工、道路交通、燃气、消防等重点行业领域，"
      "活动期间各行业主管部门每周至少开展一次联合执法检查，对发现的重大事故隐患实行挂牌督办，对拒不整改的依法责令停产停业整顿，隐患整改率达到95%以上。"
      "（县安委会各有关成员单位按职责分工负责）", num=H2)
    P("{f|kai}推进安全宣传“五进”。{f|fs}推动安全宣传进企业、进农村、进社区、进学校、进家庭，在全县中小学校开展"
      "“安全第一课”和应急疏散演练，7月5日前实现中小学校全覆盖。（{cmt|1}县教育体育局{/cmt|1}、县应急管理局、"
      "各乡镇人民政府按职责分工负责）", num=H2)
    P("{f|kai}开展“人人查隐患”全员参与活动。{f|fs}组织全县生产经营单位开展“人人查隐患、人人当安全员”活动，"
      "鼓励一线员工查找身边的事故隐患，对查找出重大事故隐患的员工给予奖励，规模以上工业企业参与率达到100%。"
      "（县工业和信息化局、县应急管理局按职责分工负责）", num=H2)
    P("活动安排", "h1", num=H1)
    P("{f|kai}动员部署阶段（5月25日—5月31日）。{f|fs}各乡镇、各成员单位制定具体活动方案，召开动员会议，通过悬挂横幅、"
      "张贴海报、电子屏滚动播放等方式营造浓厚氛围。", num=H2)
    P("{f|kai}集中开展阶段（6月1日—6月25日）。{f|fs}按照本方案确定的重点活动逐项组织实施，活动期间各乡镇、各成员单位"
      "于每周五17时前将活动开展情况报县安委办。县安委办适时组织督导组，"
      "对各乡镇、各单位活动开展情况进行督导检查。", num=H2)
    P("{f|kai}总结提升阶段（6月26日—6月30日）。{f|fs}全面梳理活动成效，提炼典型经验做法，推动形成长效机制，"
      "于7月5日前将活动总结报县安委办。", num=H2)
    P("工作要求", "h1", num=H1)
    P("{f|kai}压实工作责任。{f|fs}各乡镇、各成员单位主要负责同志要亲自研究部署，分管负责同志要具体抓好落实，"
      "确保活动不走过场、不流于形式。", num=H2)
    P("{f|kai}注重活动实效。{f|fs}要坚持线上线下相结合，把“安全生产月”活动与重大事故隐患专项排查整治行动结合起来，"
      "切实推动安全生产责任和措施落实落地。", num=H2)
    P("{f|kai}强化信息报送。{f|fs}各乡镇、各成员单位要确定一名信息员，及时报送活动动态信息、典型做法和图片资料，"
      "县安委办将对信息报送情况进行通报。活动期间发生生产安全事故的，要严格按照规定时限和程序报告，"
      "不得迟报、漏报。{bs|_GoBack}{be}", num=H2)
    P("", "empty")
    b.append(cc_table(d, ["抄送：市安委办，县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。",
                          "安福县安全生产委员会办公室{tab}{tab}{tab}{tab}{tab}{tab}2024年5月23日印发"]))
    b.append(sect_pr(d, first_header=True))
    notes = [("县消防救援大队 陈军", "CJ", "2024-05-21T09:12:00Z",
              "演练场地需提前协调，建议观摩活动调整至6月28日前，并增加县应急管理局为配合单位。"),
             ("县安委办 审核", "SH", "2024-05-21T15:40:00Z",
              "请核实：“安全第一课”是否由县教育体育局牵头、县消防救援大队配合？")]
    return {"stem": "11_anfu_anweiban_2024_anquanyue_fangan_header", "doc": d, "body": "".join(b),
            "header": hdr, "comments": notes,
            "numbering": numbering_xml({0: OUTLINE}, [(1, 0, {})])}


# ====================================================================== 12
# 卢氏县人民政府办公室 (河南), 2022: cover 关于印发《…衔接资金项目责任分工方案》的通知
# + the 方案. A sentence MOVED with tracked changes from 二（一） to 二（二）
# (w:moveFrom / w:moveTo); the task table is a FLOATING table (w:tblpPr) whose
# 序号 is numbered by Word, and one project row is DELETED as a tracked change
# (w:trPr/w:del), so Word numbers the rows 1-7.

def notice_12():
    d = Doc(["0063B2D4", "00A1F09C", "002E7A35", "00D4C861", "00159BE7", "007C3F02",
             "00F2856A", "0088D41B"], "2022-03-28", author="县政府办 秘书科")
    H1, H2, S = (1, 0), (1, 1), (2, 0)
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    b.append(masthead_table(d, "卢氏县人民政府办公室文件"))
    P("", "empty")
    P("卢政办〔2022〕18号", "docno", border=True)
    P("关于印发《卢氏县2022年衔接推进乡村振兴补助资金|项目责任分工方案》的通知", "title", before=600)
    P("", "empty")
    P("各乡镇人民政府，县人民政府有关部门：", "noind")
    P("《卢氏县2022年衔接推进乡村振兴补助资金项目责任分工方案》已经县政府同意，现印发给你们，请认真抓好贯彻落实。")
    P("各牵头单位要会同配合单位和项目所在乡镇细化实施计划，倒排工期、挂图作战，确保项目早开工、早建成、早见效；"
      "项目实施中确需调整的，严格按照程序报批，未经批准不得擅自调整项目和资金用途。"
      "县乡村振兴局、县财政局要加强业务指导和跟踪问效，及时协调解决项目推进中的困难和问题，重大情况及时报告县政府。")
    P("", "empty")
    P("卢氏县人民政府|办公室", "sign", ind_right=1280)
    P("2022年3月|28日", "sign", ind_right=1440)
    P("（此件公开发布）")
    P("{pb}", "empty")
    P("{lrpb}卢氏县2022年衔接推进乡村振兴补助资金项目责任分工方案", "title")
    P("", "empty")
    P("为切实管好用好财政衔接推进乡村振兴补助资金（以下简称衔接资金），加快项目实施进度，充分发挥资金使用效益，"
      "推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接，根据《河南省财政衔接推进乡村振兴补助资金管理办法》等规定，"
      "结合我县实际，制定本方案。2022年全县共安排衔接资金项目86个，总投资2.36亿元，"
      "其中产业发展类项目41个、基础设施类项目29个、就业帮扶和其他类项目16个。")
    P("总体要求", "h1", num=H1)
    P("坚持以巩固拓展脱贫攻坚成果、全面推进乡村振兴为统领，坚持“资金跟着项目走、项目跟着规划走”，"
      "聚焦产业发展、基础设施和就业帮扶，重点支持联农带农富农产业项目，衔接资金用于产业发展的比例不低于55%，"
      "确保资金安全、规范、高效使用，坚决防止资金闲置和损失浪费。")
    P("重点工作", "h1", num=H1)
    P("{f|kai}完善项目库建设。{f|fs}坚持“村申报、乡审核、县审定”程序，4月15日前完成2022年度巩固拓展脱贫攻坚成果"
      "和乡村振兴项目库调整完善工作，入库项目全部履行公告公示程序。{mvf|move461532870|各项目实施单位于每月5日前将上月"
      "资金支出情况报县财政局。}（县乡村振兴局牵头，县发展和改革委员会、县财政局配合）", num=H2)
    P("{f|kai}加快资金拨付和支出。{f|fs}县财政局收到上级资金后及时分解下达，项目实施单位加快报账进度，确保6月底前衔接资金"
      "支出进度达到60%以上，9月底前达到85%以上，11月30日前全部支出到位。{mvt|move461532870|各项目实施单位于每月5日前将上月"
      "资金支出情况报县财政局。}（县财政局牵头，县乡村振兴局、各乡镇人民政府配合）", num=H2)
    P("{f|kai}严格项目公告公示。{f|fs}项目计划、实施进展、资金使用和绩效目标等信息在县、乡、村三级公告公示，"
      "公告公示率达到100%，主动接受群众和社会监督。（县乡村振兴局负责，各乡镇人民政府落实）", num=H2)
    P("{f|kai}加强项目资产管理。{f|fs}衔接资金项目竣工验收后及时办理资产移交手续，年底前完成2022年形成的项目资产确权登记，"
      "经营性资产收益分配方案报县农业农村局备案。（县农业农村局牵头，县财政局、县乡村振兴局、各乡镇人民政府配合）", num=H2)
    P("{f|kai}强化绩效管理和监督。{f|fs}严格落实衔接资金绩效目标管理，每季度开展一次绩效运行监控，年底前完成年度绩效自评。"
      "对虚报冒领、截留挪用衔接资金的，由县纪委监委依规依纪依法严肃处理。（县财政局、县审计局按职责分工负责）", num=H2)
    P("{f|kai}加快项目开工建设。{f|fs}优化衔接资金项目招投标和政府采购流程，严禁化整为零规避招标，对具备条件的项目"
      "及早开工，5月底前项目开工率达到80%以上，8月底前全部开工建设。（各项目牵头单位负责，县发展和改革委员会、"
      "县财政局配合，县审计局督导）", num=H2)
    P("{f|kai}健全联农带农机制。{f|fs}对经营主体使用衔接资金实施的产业项目，全面建立联农带农利益联结机制，通过订单收购、"
      "务工就业、入股分红等方式带动脱贫户和监测户不少于2000户，带农益农情况纳入项目验收内容。（县农业农村局负责，"
      "县乡村振兴局配合）", num=H2)
    P("项目实施责任分工", "h1", num=H1)
    P("各项目牵头单位、配合单位要按照下表明确的分工，抓好项目实施和资金监管。")
    C = lambda t: {"p": t, "kind": "ccell"}
    N = {"p": "", "num": S, "kind": "ccell"}
    rows = [["序号", "项目名称", "建设内容及规模", "牵头单位", "配合单位", "完成时限"],
            [N, "官道口镇产业路建设项目", "新建产业道路8.5公里，配套建设错车道和排水边沟", "县交通运输局",
             "官道口镇人民政府", C("2022年10月底前")],
            [N, "双龙湾镇香菇标准化大棚项目", "新建香菇标准化出菇大棚60座，配套建设喷灌设施", "县农业农村局",
             "双龙湾镇人民政府", C("2022年9月30日前")],
            [N, "农村供水保障提升项目", "维修改造农村集中供水工程32处，更换老化输水管网15公里", "县水利局",
             "各有关乡镇人民政府", C("2022年8月底前")],
            {"del": True, "cells": [N, "横涧乡冷链仓储项目", "新建冷库1座，库容500吨，配套建设分拣车间",
                                    "县农业农村局", "横涧乡人民政府", C("2022年11月底前")]},
            [N, "雨露计划职业教育补助项目", "对脱贫家庭（含监测帮扶对象家庭）在校中高职学生发放补助，"
             "补助资金发放到位率100%", "县乡村振兴局", "县教育局、各乡镇人民政府", C("2022年11月30日前")],
            [N, "脱贫人口小额信贷贴息项目", "对符合条件的脱贫户和监测户小额信贷按季度足额贴息", "县财政局",
             "县乡村振兴局、卢氏农商银行", C("2022年12月底前")],
            [N, "农村人居环境整治提升项目", "完成农村户用卫生厕所改造1200户，建设村级污水处理设施6处",
             "县农业农村局", "各有关乡镇人民政府", C("2022年10月31日前")],
            [N, "就业帮扶车间奖补项目", "对吸纳脱贫劳动力就业的帮扶车间给予一次性奖补，带动脱贫劳动力就业不少于300人",
             "县人力资源和社会保障局", "县乡村振兴局", C("2022年12月31日前")],
            [N, "五里川镇连翘种植基地项目", "新建连翘标准化种植基地3000亩，带动脱贫户种植增收", "县林业局",
             "五里川镇人民政府", C("2022年11月底前")],
            [N, "村级光伏电站运维项目", "对全县村级光伏电站开展运维管护，每半年开展一次安全检查，电站完好率达到95%以上",
             "县发展和改革委员会", "各有关乡镇人民政府", C("2022年12月底前")]]
    b.append(table(d, rows, [680, 1900, 2664, 1300, 1300, 1000], header=1, float_=True))
    P("保障措施", "h1", num=H1)
    P("{f|kai}加强调度推进。{f|fs}县乡村振兴局会同县财政局负责衔接资金项目的日常调度，每月通报一次项目进度和资金支出"
      "进度，对进度滞后的项目及时预警提醒。各乡镇要建立项目推进台账，实行一个项目、一名责任领导、"
      "一套推进方案，确保项目按期建成投用。", num=H2)
    P("{f|kai}做好宣传引导。{f|fs}县融媒体中心负责对衔接资金政策和项目建设成效开展宣传报道，各乡镇通过村务公开栏、"
      "微信群等渠道宣传政策，引导群众积极参与项目建设和监督管理，对项目建设中涌现的好经验、好做法及时总结推广。", num=H2)
    P("{f|kai}严格督导考核。{f|fs}县政府督查室每季度对项目实施情况开展一次专项督查，督查结果纳入乡镇和部门年度目标"
      "考核，对因工作不力造成资金闲置、项目滞后的，严肃追究相关单位和人员责任。{bs|_GoBack}{be}", num=H2)
    P("", "empty")
    b.append(cc_table(d, ["抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。",
                          "卢氏县人民政府办公室{tab}{tab}{tab}{tab}{tab}{tab}{tab}2022年3月29日印发"]))
    b.append(sect_pr(d))
    return {"stem": "12_lushi_zhengfuban_2022_xianjie_zijin_fengong_moves", "doc": d, "body": "".join(b),
            "numbering": numbering_xml({0: OUTLINE, 1: SEQ}, [(1, 0, {}), (2, 1, {})])}


# ====================================================================== 13
# 临泽县人民政府办公室 (甘肃), 2019: an OA system's red-head template (套红) in Word
# around an imported HTML chunk. The cover and the signature are Word text; the
# signature's issuer and 成文日期 are MERGEFIELD w:fldSimple fields whose cached
# results the OA system filled in; the enclosed 方案 (headings, paragraphs and the
# 任务分解表 with category rows, <br> inside cells and an &nbsp; cell) is
# word/afchunk.htm, placed by <w:altChunk r:id="htmlChunk1"/>.

CHUNK_13 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>正文-临政办发〔2019〕46号</title>
<style>p{font-family:仿宋_GB2312;font-size:16pt;line-height:28pt;text-indent:2em;margin:0}
td,th{font-family:仿宋_GB2312;font-size:12pt;border:1px solid #000;padding:2pt 4pt}</style></head>
<body>
<p style="text-align:center;text-indent:0;font-family:方正小标宋简体;font-size:22pt">临泽县创建国家卫生县城工作任务分解方案</p>
<p>为全面推进国家卫生县城创建工作，进一步改善城乡环境卫生面貌，提高群众健康水平，根据全国爱卫会《国家卫生县城标准》和省、市关于卫生城镇创建工作的要求，结合我县实际，制定本方案。创卫工作坚持政府主导、部门协作、全民参与，以城区为重点，统筹推进城乡环境卫生整治，做到创建过程群众参与、创建成果群众共享。</p>
<p style="font-family:黑体">一、工作目标</p>
<p>2019年10月底前通过省级考核鉴定，2020年底前通过全国爱卫办组织的技术评估和暗访，成功创建国家卫生县城，城区主要卫生指标全部达到《国家卫生县城标准》要求，城乡环境卫生面貌明显改善，群众对创卫工作的知晓率和支持率明显提高，卫生县城长效管理机制基本建立。</p>
<p style="font-family:黑体">二、任务分解</p>
<p>对照《国家卫生县城标准》逐项分解创建任务，明确牵头单位、配合单位和完成时限，具体如下：</p>
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">
<tr><th width="6%">序号</th><th width="46%">工作任务</th><th width="16%">牵头单位</th><th width="18%">配合单位</th><th width="14%">完成时限</th></tr>
<tr><td colspan="5"><b>（一）爱国卫生组织管理与健康教育</b></td></tr>
<tr><td>1</td><td><b>健全爱国卫生工作网络。</b><br>县、乡镇、村（社区）三级爱国卫生组织全部健全，各成员单位明确专人负责创卫工作，爱卫组织健全率达到100%。</td><td>县爱卫办</td><td>各乡镇人民政府</td><td>2019年5月底前</td></tr>
<tr><td>2</td><td><b>深化健康教育和健康促进。</b><br>推动健康教育进机关、进学校、进社区、进家庭，城区居民健康素养水平达到20%以上。</td><td>县卫生健康局</td><td>县教育局、县融媒体中心</td><td>长期坚持</td></tr>
<tr><td>3</td><td><b>推进无烟环境建设。</b><br>全县党政机关、医疗卫生机构和学校全面建成无烟单位，建成率达到100%。</td><td>县卫生健康局</td><td>&nbsp;</td><td>2019年9月30日前</td></tr>
<tr><td colspan="5"><b>（二）市容环境卫生</b></td></tr>
<tr><td>4</td><td><b>整治城区主次干道和背街小巷。</b><br>推行城区道路机械化清扫，主次干道机械化清扫率达到70%以上，背街小巷实行每日保洁。</td><td>县城市管理综合执法局</td><td>沙河镇人民政府</td><td>2019年6月30日前</td></tr>
<tr><td>5</td><td><b>规范农贸市场管理。</b><br>完成城区农贸市场标准化改造，划行归市率达到100%，规范设置活禽宰杀间和公共厕所。</td><td>县市场监督管理局</td><td>县城市管理综合执法局、沙河镇人民政府</td><td>2019年8月底前</td></tr>
<tr><td>6</td><td><b>加快公共厕所建设改造。</b><br>新建改建城区公共厕所15座，全部达到二类以上标准。</td><td>县城市管理综合执法局</td><td>县住房和城乡建设局</td><td>2019年9月底前</td></tr>
<tr><td>7</td><td><b>治理城乡结合部环境卫生。</b><br>全面清除城乡结合部和铁路沿线卫生死角，每月开展一次集中清理行动。</td><td>沙河镇人民政府</td><td>县交通运输局、县城市管理综合执法局</td><td>2019年7月31日前</td></tr>
<tr><td>8</td><td><b>加强建筑工地管理。</b><br>城区建筑工地全部实行围挡作业，出入口设置车辆冲洗设施，渣土运输车辆密闭化运输率达到100%。</td><td>县住房和城乡建设局</td><td>县城市管理综合执法局、县公安局</td><td>2019年6月30日前</td></tr>
<tr><td>9</td><td><b>落实&ldquo;门前三包&rdquo;责任制。</b><br>城区沿街单位和经营户全面签订&ldquo;门前三包&rdquo;责任书，签订率达到100%，对不履行责任的依法处理。</td><td>县城市管理综合执法局</td><td>县市场监督管理局、沙河镇人民政府</td><td>2019年5月31日前</td></tr>
<tr><td colspan="5"><b>（三）重点场所卫生和病媒生物防制</b></td></tr>
<tr><td>10</td><td><b>规范&ldquo;六小&rdquo;行业管理。</b><br>对城区小餐饮、小食品店、小旅店、小美容美发店、小浴室、小歌舞厅开展集中整治，证照齐全率达到95%以上。</td><td>县市场监督管理局</td><td>县卫生健康局、县公安局</td><td>2019年8月31日前</td></tr>
<tr><td>11</td><td><b>开展病媒生物防制。</b><br>每季度组织一次病媒生物集中防制行动，鼠、蚊、蝇、蟑螂密度控制在国家标准C级以内。</td><td>县爱卫办</td><td>各乡镇人民政府</td><td>长期坚持</td></tr>
<tr><td>12</td><td><b>加强饮用水卫生监测。</b><br>每月对城区集中式供水水质开展一次检测，水质检测合格率达到95%以上。</td><td>县卫生健康局</td><td>县水务局</td><td>长期坚持</td></tr>
<tr><td>13</td><td><b>规范医疗废物处置。</b><br>医疗机构医疗废物全部实行集中收集处置，集中处置率达到100%。</td><td>县卫生健康局</td><td>市生态环境局临泽分局</td><td>2019年6月底前</td></tr>
<tr><td colspan="5"><b>（四）生态环境保护</b></td></tr>
<tr><td>14</td><td><b>加强大气污染防治。</b><br>整治城区燃煤锅炉、餐饮油烟和道路扬尘，城区空气质量优良天数比例达到85%以上。</td><td>市生态环境局临泽分局</td><td>县住房和城乡建设局、县市场监督管理局</td><td>2019年12月底前</td></tr>
<tr><td>15</td><td><b>提高生活垃圾和污水处理水平。</b><br>城区生活垃圾无害化处理率达到100%，生活污水集中处理率达到85%以上。</td><td>县住房和城乡建设局</td><td>县城市管理综合执法局</td><td>2019年10月底前</td></tr>
</table>
<p style="font-family:黑体">三、实施步骤</p>
<p><span style="font-family:楷体_GB2312">（一）动员部署阶段（2019年4月）。</span>召开全县创建国家卫生县城动员大会，各乡镇、各部门制定本单位创卫工作方案，广泛宣传发动，营造全民参与的浓厚氛围。各乡镇、各部门于4月25日前将本单位创卫工作方案和联络员名单报县创卫办。</p>
<p><span style="font-family:楷体_GB2312">（二）全面整治阶段（2019年5月—9月）。</span>对照任务分解表逐项整改提升，县创卫办每月召开一次创卫工作推进会，研究解决创建中的突出问题，对进展滞后的单位进行通报。</p>
<p><span style="font-family:楷体_GB2312">（三）迎检验收阶段（2019年10月—12月）。</span>查漏补缺、巩固提升，10月15日前完成省级考核鉴定申报资料的整理归档，以良好面貌迎接上级考核验收。</p>
<p style="font-family:黑体">四、保障措施</p>
<p><span style="font-family:楷体_GB2312">（一）加强组织领导。</span>成立由县长任组长的临泽县创建国家卫生县城工作领导小组，领导小组办公室设在县卫生健康局，负责创卫工作的组织协调、督促检查和日常事务。</p>
<p><span style="font-family:楷体_GB2312">（二）强化督查考核。</span>县委督查室、县政府督查室每月对创卫工作开展一次专项督查，督查结果在全县通报，并纳入年度目标责任考核。</p>
<p><span style="font-family:楷体_GB2312">（三）加强经费保障。</span>县财政局负责将创卫工作经费纳入县级财政预算，足额保障基础设施建设、健康教育和病媒生物防制等经费。</p>
<p><span style="font-family:楷体_GB2312">（四）加强宣传引导。</span>县融媒体中心负责开设创卫专栏，每周至少刊播一期创卫宣传报道，及时曝光不文明行为和卫生死角，引导广大群众支持、参与创卫工作。</p>
</body></html>
"""


def notice_13():
    d = Doc(["00B7E2A1", "00360F9D", "00D51B64", "0029C8E3", "00F46A17", "0081D35C",
             "004AE09B", "00C3275F"], "2019-04-12", author="OA系统")
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    b.append(masthead_table(d, "临泽县人民政府办公室文件"))
    P("", "empty")
    P("临政办发〔2019〕46号", "docno", border=True)
    P("关于印发《临泽县创建国家卫生县城工作|任务分解方案》的通知", "title", before=600)
    P("", "empty")
    P("各乡镇人民政府，县政府各部门，县属各企事业单位：", "noind")
    P("《临泽县创建国家卫生县城工作任务分解方案》已经县政府研究同意，现印发给你们，请结合各自职责，认真抓好落实。")
    P("创建国家卫生县城是改善人居环境、提升城市品位、增进群众健康福祉的重要举措。各乡镇、各部门要进一步提高思想认识，"
      "主要负责同志亲自抓、分管负责同志具体抓，对照任务分解表倒排工期、挂图作战，于每月25日前将创卫工作进展情况"
      "报县爱卫办，确保如期实现创建目标。"
      "对工作推进不力、影响创建进程的单位和个人，将按照有关规定严肃追究责任。")
    P("", "empty")
    P("{fs| MERGEFIELD 发文单位 \\* MERGEFORMAT |临泽县人民政府办公室}", "sign", ind_right=1280)
    P("{fs| MERGEFIELD 成文日期 \\* MERGEFORMAT |2019年4月12日}", "sign", ind_right=1440)
    P("（此件公开发布）")
    P("{pb}", "empty")
    b.append('<w:altChunk r:id="htmlChunk1"/>')
    P("", "empty")
    b.append(cc_table(d, ["抄送：市爱卫办，县委办公室，县人大常委会办公室，县政协办公室。",
                          "临泽县人民政府办公室{tab}{tab}{tab}{tab}{tab}{tab}{tab}2019年4月12日印发"]))
    b.append(sect_pr(d))
    return {"stem": "13_linze_zhengfuban_2019_chuangwei_fenjie_altchunk", "doc": d, "body": "".join(b),
            "chunk": CHUNK_13, "numbering": numbering_xml({0: OUTLINE}, [(1, 0, {})])}


# ====================================================================== 14
# 平和县人民政府办公室 (福建), 2021: cover + 工作要点 (typed labels). The 发文字号
# and the 签发人 stand on one line in a FRAMED paragraph (w:framePr) with a TAB
# between them; dates are written with FULL-WIDTH digits (２０２１年６月３０日前, also
# the 成文日期); two runs carry complex-script properties (w:cs fonts, w:rtl off,
# w:cs): a unit name in a parenthetical and a date.

FRAME_14 = ('<w:framePr w:w="8845" w:h="680" w:hRule="exact" w:hSpace="180" w:wrap="around" '
            'w:vAnchor="page" w:hAnchor="page" w:x="1589" w:y="4820"/>')


def notice_14():
    d = Doc(["00E19A52", "0034C7B0", "00A8F316", "0062D0E9", "001B5A47", "00C7E28D",
             "0095036C", "004F6BD3"], "2021-03-15", author="县政府办 综合股")
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    P("平和县人民政府办公室文件", "mast", red=True)
    P("", "empty")
    P("平政办〔2021〕27号{tab}签发人：黄志明", "frame", frame=FRAME_14)
    P("", "empty", border=True)
    P("关于印发《平和县2021年打击治理电信网络新型|违法犯罪工作要点》的通知", "title", before=600)
    P("", "empty")
    P("各乡镇人民政府，县打击治理电信网络新型违法犯罪工作联席会议各成员单位：", "noind")
    P("经县政府同意，现将《平和县2021年打击治理电信网络新型违法犯罪工作要点》印发给你们，请认真贯彻执行。")
    P("各乡镇、各成员单位要把打击治理电信网络诈骗工作摆上重要议事日程，主要负责同志亲自部署、亲自过问，"
      "细化工作措施，于每季度末月20日前将工作推进情况报县联席会议办公室（设在县公安局）。"
      "县联席会议办公室要加强统筹调度和跟踪问效，对工作落实不力、发案持续高位的，及时提请县政府进行约谈。")
    P("", "empty")
    P("平和县人民政府|办公室", "sign", ind_right=1280)
    P("２０２１年３月|１５日", "sign", ind_right=1440)
    P("（此件主动公开）")
    P("{pb}", "empty")
    P("{lrpb}平和县2021年打击治理电信网络新型违法犯罪工作要点", "title")
    P("", "empty")
    P("2021年，全县打击治理电信网络新型违法犯罪工作要坚持以人民为中心的发展思想，坚持打防管控建一体推进，"
      "全链条打击、全方位防范、全行业治理，切实维护人民群众财产安全，力争全县电信网络诈骗发案数和群众财产损失数"
      "实现“双下降”，坚决遏制电信网络诈骗犯罪多发高发态势，不断增强人民群众的获得感、幸福感、安全感。")
    P("{f|hei}一、健全工作机制，压实各方责任", "h1")
    P("{f|kai}（一）完善联席会议制度。{f|fs}充分发挥县打击治理电信网络新型违法犯罪工作联席会议统筹协调作用，"
      "联席会议每季度召开一次全体成员会议，研判形势，研究解决重点难点问题，建立成员单位信息共享和线索移交机制。（{cs|县公安局}牵头，县委政法委、"
      "县法院、县检察院配合）")
    P("{f|kai}（二）落实属地管理责任。{f|fs}将打击治理电信网络诈骗工作纳入平安建设考评，实行发案通报、约谈和挂牌整治制度。"
      "县委政法委会同县公安局负责制定考评细则，２０２１年４月３０日前印发实施，考评结果纳入年度平安建设和绩效考核。")
    P("{f|kai}（三）建强县反诈中心。{f|fs}县公安局负责整合刑侦、网安、技侦等警力资源，推动县反诈中心实体化运行，"
      "实行全天候接警、研判和预警推送，６月底前完成反诈中心场所建设和人员配备。")
    P("{f|hei}二、保持严打高压，坚决遏制案件高发", "h1")
    P("{f|kai}（一）深入开展“断卡”行动。{f|fs}依法严厉打击非法买卖、出租、出借电话卡和银行卡违法犯罪行为，"
      "对涉案“两卡”开户人员依法实施惩戒，对涉案网点和营业厅倒查责任，涉案“两卡”开户数较上年下降30%以上。（县公安局牵头，"
      "中国人民银行平和县支行、中国电信平和分公司、中国移动平和分公司、中国联通平和分公司配合）")
    P("{f|kai}（二）加大侦查打击力度。{f|fs}组建专业打击团队，对本地发生的案件实行“一案一专班”，对重大案件实行挂牌督办，全力追赃挽损，"
      "全年电信网络诈骗案件破案率提高到25%以上，抓获涉诈犯罪嫌疑人不少于150名。（县公安局负责，县检察院、县法院配合）")
    P("{f|kai}（三）严打涉诈黑灰产业。{f|fs}对为电信网络诈骗提供技术支持、推广引流、支付结算等帮助的违法犯罪行为"
      "依法打击，１０月底前组织开展一次集中收网行动。（县公安局负责，县市场监督管理局、县工业和信息化局配合）")
    P("{f|kai}（四）健全涉诈资金查控机制。{f|fs}建立涉诈资金快速查询、紧急止付和冻结工作机制，压缩资金查控时间，"
      "最大限度拦截被骗资金，及时将冻结资金依法返还受害群众，涉案资金止付冻结率达到80%以上。（县公安局牵头，中国人民银行平和县支行配合）")
    P("{f|hei}三、强化预警劝阻，最大限度减少群众损失", "h1")
    P("{f|kai}（一）提升预警劝阻效能。{f|fs}依托96110预警劝阻专线，对预警信息实行“见警即劝、见警即处”，对潜在受害人逐一电话劝阻或上门劝阻，"
      "预警信息核查处置率达到100%。（县公安局负责，中国电信平和分公司、中国移动平和分公司、中国联通平和分公司配合）")
    P("{f|kai}（二）推广“国家反诈中心”APP。{f|fs}{cs|２０２１年６月３０日前}，全县“国家反诈中心”APP注册安装人数"
      "达到15万人以上，并持续提升激活使用率，确保应装尽装、应用尽用。（各乡镇人民政府、县联席会议各成员单位按职责分工负责）")
    P("{f|kai}（三）强化重点人员管控。{f|fs}对有涉诈前科人员、从涉诈重点地区返乡人员建立管控台账，落实“一人一档”，"
      "每月开展一次走访排查，及时掌握其动态，防止其重操旧业、回流作案。（各乡镇人民政府负责，县公安局指导）")
    P("{f|hei}四、加强宣传教育，提升全民防骗意识", "h1")
    P("{f|kai}（一）开展反诈宣传“五进”活动。{f|fs}推动反诈宣传进社区、进农村、进学校、进企业、进家庭，"
      "每月开展一次集中宣传活动，组织志愿者进村入户发放宣传资料，９月底前实现全县村（社区）宣传全覆盖。（县委宣传部牵头，县公安局、县教育局、"
      "县融媒体中心配合）")
    P("{f|kai}（二）加强重点群体精准防范。{f|fs}针对老年人、在校学生、企业员工、外出务工人员等易受骗群体，"
      "通过以案说法、情景模拟等方式分类开展精准宣传，在全县中小学校开展“反诈第一课”，１０月底前实现中小学校全覆盖。（县教育局、县民政局、"
      "县人力资源和社会保障局按职责分工负责）")
    P("{f|kai}（三）用好媒体宣传阵地。{f|fs}在电视、广播和“平和发布”等新媒体平台开设反诈专栏，每周发布一期预警提示"
      "和典型案例，全年制作播发反诈宣传短视频不少于50条。（县融媒体中心负责，县公安局配合）")
    P("{f|hei}五、加强行业治理，堵塞监管漏洞", "h1")
    P("{f|kai}（一）强化金融行业监管。{f|fs}督促辖区银行业金融机构落实开户审核和风险监测责任，对涉诈高风险账户"
      "及时采取管控措施，严防金融机构成为诈骗资金转移通道，每季度开展一次涉诈风险排查。（中国人民银行平和县支行牵头，县公安局配合）")
    P("{f|kai}（二）强化通信行业监管。{f|fs}加强电话卡、物联网卡实名登记管理，对涉诈号码快速关停，"
      "１１月３０日前完成全县存量电话卡“二次实名”核验。（中国电信平和分公司、中国移动平和分公司、"
      "中国联通平和分公司分别落实，县工业和信息化局指导）")
    P("{f|kai}（三）强化互联网行业治理。{f|fs}督促辖区互联网服务企业落实网络实名制和涉诈风险防控责任，"
      "及时清理涉诈网站、应用程序和有害信息，阻断诈骗信息传播渠道，压实平台企业主体责任。（县委网信办牵头，县公安局、县工业和信息化局配合）")
    P("{f|kai}（四）严格考核问责。{f|fs}对发案数居高不下、工作推进不力的乡镇和单位，由县联席会议办公室约谈其主要负责人，"
      "情节严重的，依规依纪追究相关人员责任；对工作成效明显的单位和个人，按规定予以表扬。{bs|_GoBack}{be}")
    P("", "empty")
    b.append(cc_table(d, ["抄送：市打击治理电信网络新型违法犯罪工作联席会议办公室，县委办公室，县人大常委会办公室，县政协办公室。",
                          "平和县人民政府办公室{tab}{tab}{tab}{tab}{tab}{tab}{tab}2021年3月16日印发"]))
    b.append(sect_pr(d))
    return {"stem": "14_pinghe_zhengfuban_2021_fanzha_yaodian_frame", "doc": d, "body": "".join(b),
            "numbering": numbering_xml({0: OUTLINE}, [(1, 0, {})])}


# ====================================================================== 15
# 中共临涣镇委员会, 临涣镇人民政府 (安徽濉溪县), 2018: joint cover + 责任分工方案.
# The joint 版头 is 双行合一 (w:eastAsianLayout w:combine); the 成文日期 is the
# result of a DOCPROPERTY field (fldChar) whose custom property (docProps/custom.xml)
# holds the same date; a unit in a parenthetical's list is HIDDEN text (w:vanish);
# two reviewers' comments name a date and a role.

def notice_15():
    d = Doc(["0027D9B6", "00F08E43", "00845A1C", "00C3B07F", "0059E264", "001DA93B",
             "00B2647E", "006E1FA5"], "2018-05-18", author="镇党政办 张敏")
    b = []
    P = lambda t, k="body", **kw: b.append(par(d, t, k, **kw))
    P("{comb|中共临涣镇委员会临涣镇人民政府}文件", "mast", red=True)
    P("", "empty")
    P("临发〔2018〕12号", "docno", border=True)
    P("关于印发《临涣镇2018年夏季秸秆禁烧工作|责任分工方案》的通知", "title", before=600)
    P("", "empty")
    P("各村（社区）党总支、村（居）委会，镇直各单位：", "noind")
    P("现将《临涣镇2018年夏季秸秆禁烧工作责任分工方案》印发给你们，请结合实际，认真抓好落实。")
    P("夏季秸秆禁烧工作时间紧、任务重、要求高，事关大气环境质量和群众生命财产安全。各村（社区）、镇直各单位要切实"
      "增强责任感和紧迫感，把禁烧工作作为当前的头等大事，严格落实属地管理和包保责任，确保全镇不着一把火、不冒一处烟。")
    P("各村（社区）要立即召开村“两委”会议和党员群众会议，层层传导压力，把禁烧责任落实到组、到户、到地块；"
      "镇直各单位要按照分工各司其职、密切配合，形成齐抓共管的工作合力。禁烧期间，镇党委、镇政府将组织专门力量开展"
      "督查，对工作不力的严肃追责。")
    P("", "empty")
    P("中共临涣镇委员会|{tab}{tab}临涣镇人民政府", "sign", ind_right=640)
    P("{fld|DOCPROPERTY  成文日期  \\* MERGEFORMAT|2018年5月18日}", "sign", ind_right=1920)
    P("（此件主动公开）")
    P("{pb}", "empty")
    P("{lrpb}临涣镇2018年夏季秸秆禁烧工作责任分工方案", "title")
    P("", "empty")
    P("为切实做好2018年夏季秸秆禁烧和综合利用工作，持续改善大气环境质量，保障群众生命财产安全和交通运输安全，根据《濉溪县2018年秸秆禁烧和综合利用"
      "工作实施方案》要求，结合我镇实际，制定本方案。"
      "本方案所称禁烧期为2018年5月20日至6月30日，禁烧范围为全镇所有耕地、林地、道路两侧及村庄周边。"
      "禁烧工作实行镇党委、镇政府统一领导，镇禁烧办统筹协调，各村（社区）属地负责，镇直各单位分工配合的工作机制。")
    P("{f|hei}一、工作目标", "h1")
    P("以“不着一把火、不冒一处烟、不黑一块地”为目标，确保夏季秸秆禁烧期间全镇范围内不出现秸秆焚烧火点，"
      "小麦秸秆综合利用率达到90%以上，全面完成县下达的禁烧和综合利用各项目标任务，"
      "推动秸秆禁烧工作常态化、长效化。")
    P("{f|hei}二、责任分工", "h1")
    P("{f|kai}（一）广泛宣传发动。{f|fs}在全镇主要道路、村庄出入口悬挂禁烧横幅，利用广播、宣传车、横幅、微信群等方式广泛宣传秸秆禁烧政策法规，向农户发放"
      "《致全镇农民朋友的一封信》不少于1.2万份，5月31日前实现村组宣传全覆盖。（镇党政办牵头，镇文化站、"
      "各村（社区）配合）")
    P("{f|kai}（二）网格化巡查。{f|fs}按照“镇干部包村、村干部包组、党员包户”的要求，划定禁烧责任网格，每个网格明确一名责任人和若干名巡查员，禁烧期间"
      "实行24小时巡查值守，各村（社区）每日17时前向镇禁烧办报告巡查情况。（各村（社区）负责，镇农业综合服务中心督导）")
    P("{f|kai}（三）推进秸秆综合利用。{f|fs}坚持疏堵结合、以用促禁，组织农技人员深入田间指导，引导农户实施小麦秸秆机械化还田和打捆离田，扶持秸秆收储点建设，"
      "{cmt|0}6月20日前{/cmt|0}新建秸秆临时收储点8个，全镇秸秆还田面积不少于5万亩。（镇农业综合服务中心牵头，"
      "镇财政所、{hid|镇供电所、}各村（社区）配合）")
    P("{f|kai}（四）农机调度保障。{f|fs}组织全镇联合收割机加装秸秆粉碎抛撒装置，加装率达到100%，未加装的收割机"
      "一律不得进地作业，收割期间在主要路口设立农机服务点，引导跨区作业机械有序进场、规范作业。（镇农业综合服务中心负责，各村（社区）配合）")
    P("{f|kai}（五）火情监测处置。{f|fs}依托秸秆焚烧视频监控系统开展全天候监测，安排专人24小时盯守监控平台，发现火点立即通知所在村组织扑灭，"
      "并第一时间赶赴现场核查处置。（镇安监站负责，{cmt|1}临涣派出所{/cmt|1}配合）")
    P("{f|kai}（六）执法查处。{f|fs}对故意焚烧秸秆的行为依法查处，对屡教不改的依法从严处罚，对造成严重后果的依法追究法律责任，"
      "典型案例通过广播、微信群在全镇通报曝光，形成有力震慑。（临涣派出所、镇城管中队按职责分工负责）")
    P("{f|kai}（七）重点区域值守。{f|fs}对主要道路沿线、高压线路下方、林带和村庄周边等重点区域，逐块落实专人值守，"
      "设立禁烧值守点，做到地块有人看、火源有人管、隐患有人查。（各村（社区）负责，镇安监站督导）")
    P("{f|kai}（八）经费和物资保障。{f|fs}镇财政所负责落实秸秆禁烧工作经费，6月5日前将各村（社区）禁烧工作经费"
      "拨付到位；镇安监站负责为各值守点配备灭火器、铁锹等消防器材，"
      "确保器材齐全、性能良好。")
    P("{f|kai}（九）信息报送。{f|fs}镇禁烧办负责汇总全镇禁烧工作信息，禁烧期间每日16时前向县秸秆禁烧工作领导小组"
      "办公室报送当日工作情况，遇有火情随时报告，不得迟报、漏报、瞒报。")
    P("{f|kai}（十）离田利用。{f|fs}鼓励秸秆经纪人和农民专业合作社开展秸秆收集、打捆和转运，主动对接县内秸秆发电、"
      "饲料加工和食用菌生产企业，拓宽秸秆利用渠道，全镇秸秆离田收储量不少于1.5万吨。（镇经济发展办公室负责，"
      "镇农业综合服务中心配合）")
    P("{f|kai}（十一）督查考核。{f|fs}镇纪委、镇督查办组成联合督查组，每周对各村（社区）禁烧工作开展一次暗访督查，"
      "督查结果每周在全镇通报一次，对出现火点的村（社区），按照《临涣镇秸秆禁烧工作奖惩办法》严肃追责问责。")
    P("{f|hei}三、时间安排", "h1")
    P("第一阶段：动员部署（5月20日至5月31日）。召开全镇秸秆禁烧动员会，镇村签订禁烧责任书，完成宣传发动和网格划分，5月25日前各村（社区）将网格责任人名单报镇禁烧办。")
    P("第二阶段：集中管控（6月1日至6月25日）。全面落实网格巡查和值班值守，镇禁烧办每日调度一次禁烧进展，督查组全程开展明察暗访，及时发现和纠正工作中存在的问题。")
    P("第三阶段：总结考核（6月26日至6月30日）。全面总结禁烧工作，6月28日前完成对各村（社区）禁烧工作的考核评比，"
      "兑现奖惩，并将禁烧工作开展情况形成书面总结报县秸秆禁烧工作领导小组办公室。")
    P("{f|hei}四、工作要求", "h1")
    P("{f|kai}（一）严格落实包保责任。{f|fs}镇班子成员包片、镇干部包村，禁烧期间包村干部吃住在村，"
      "做到守土有责、守土尽责，确保责任落实到田间地头。各村（社区）党总支书记是本村禁烧工作第一责任人，"
      "要亲自部署、靠前指挥，组织村组干部和党员群众全天候开展巡查，确保不漏一块地、不放过一个火点。")
    P("{f|kai}（二）加强值班值守。{f|fs}禁烧期间实行24小时值班和领导带班制度，镇禁烧办值班电话：0561-6771203，"
      "值班人员要坚守岗位，确保信息畅通。禁烧期间，镇村干部一律不得请假，"
      "手机保持全天畅通，确保发生火情时能够第一时间到岗到位。")
    P("{f|kai}（三）严肃责任追究。{f|fs}对思想不重视、措施不到位、出现火点的村（社区）和包保干部，依规依纪严肃问责；"
      "对禁烧工作成绩突出的村（社区）和个人，在年度考核中予以表彰奖励，并在评先评优中优先考虑。{bs|_GoBack}{be}")
    P("", "empty")
    b.append(cc_table(d, ["抄送：县秸秆禁烧工作领导小组办公室，县农业委员会。",
                          "临涣镇党政办公室{tab}{tab}{tab}{tab}{tab}{tab}{tab}{tab}2018年5月18日印发"]))
    b.append(sect_pr(d))
    notes = [("镇农业综合服务中心 李伟", "LW", "2018-05-17T10:05:00Z",
              "收储点选址尚未全部落实，6月20日前完成有难度，建议延至6月30日前。"),
             ("临涣派出所 王强", "WQ", "2018-05-17T16:28:00Z",
              "建议将临涣派出所列为牵头单位，镇安监站配合。")]
    return {"stem": "15_suixi_linhuanzhen_2018_jiegan_jinshao_fengong_docprop", "doc": d,
            "body": "".join(b), "comments": notes, "custom": [("成文日期", "2018年5月18日")],
            "numbering": numbering_xml({0: OUTLINE}, [(1, 0, {})])}


NOTICES = [notice_11, notice_12, notice_13, notice_14, notice_15]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for fn in NOTICES:
        n = fn()
        write_docx(os.path.join(out, n["stem"] + ".docx"), n)
        print(n["stem"] + ".docx")


if __name__ == "__main__":
    main()
