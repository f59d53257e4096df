"""The building blocks of the Word test notices' generators (standard library only).

make_docx.py (01-05), make_docx_wps.py (06-10) and make_docx_more.py (11-15) hold the
content of their notices; this module writes the XML and zips the package:

  DECL, NS, NS_WPS, escape, t_el      XML basics
  Doc, WpsDoc        one notice while it is written (rsids, bookmarks, revisions) and
                     the look of the program that saved it, as class attributes:
                     Microsoft Word (Doc) or WPS Office (WpsDoc; wps=False: Word
                     saving an old .doc in that layout)
  rpr, runs, TOKENS  run properties and the paragraph markup below
  paragraphs, par, table, masthead_table, masthead_textbox, textbox, anchor_par,
  cc_table, cc_paras, Doc.sect_pr          the parts of a body
  numbering_xml, OUTLINE, OUTLINE_K, SEQ   word/numbering.xml
  write_docx, write_wps_docx               a whole package, through write_zip: the
                     entries in a fixed order with a fixed timestamp (the notice's
                     date), so that a second run gives the same bytes

A paragraph is a string in a small markup:

  |                 a run boundary: a new <w:r> (with the next rsid of the notice in
                    Word; WPS also starts a new run wherever the script changes:
                    ASCII digits and letters get a run of their own, w:hint="default")
  {tab} {br} {cr}   <w:tab/>, <w:br/> (a line break inside the paragraph), <w:cr/>
  {ptab}            <w:ptab w:relativeTo="margin" w:alignment="right" .../>
  {pb} {lrpb}       a page break <w:br w:type="page"/>, <w:lastRenderedPageBreak/>
  {nbh}             <w:noBreakHyphen/>
  {ps} {pe}         <w:proofErr w:type="spellStart"/> / "spellEnd"
  {gs} {ge}         <w:proofErr w:type="gramStart"/> / "gramEnd"
  {bs|NAME} {be}    <w:bookmarkStart w:name="NAME"/> / the matching <w:bookmarkEnd/>
  {f|fs} {f|hei} {f|kai} {f|xbs} {f|song}   the East Asian font of the next runs
                    (仿宋_GB2312 / 黑体 / 楷体_GB2312 / 方正小标宋简体 / 宋体)
  {b} {/b}          bold on / off
  {del|TEXT}        a tracked deletion <w:del><w:r><w:delText>TEXT</w:delText>…
  {ins|TEXT}        a tracked insertion <w:ins><w:r><w:t>TEXT</w:t>…
  {mvf|NAME|TEXT}   moved-from text: moveFromRangeStart NAME, <w:moveFrom> with the
                    runs (w:t), moveFromRangeEnd (Word does not show it)
  {mvt|NAME|TEXT}   the same text where it was moved to (<w:moveTo>, shown)
  {fld|INSTR|TEXT}  a complex field: fldChar begin, instrText INSTR, separate, the
                    result TEXT, end
  {fs|INSTR|TEXT|L} a simple field <w:fldSimple w:instr="INSTR"> (w:fldLock="1" if
                    L is given) whose cached result is TEXT
  {sdtdate|ISO|TEXT} a date-picker content control (w:sdt) showing TEXT
  {sym|FONT|HEX}    <w:sym w:font="FONT" w:char="HEX"/>
  {fn|N}            <w:footnoteReference w:id="N"/> (the text in doc.footnotes)
  {st|EL|K=V;K=V|TEXT}  <w:smartTag w:element="EL"> with attributes around TEXT
  {cx|EL|TEXT}      an inline <w:customXml w:element="EL"> around TEXT
  {hid|TEXT}        a hidden run: <w:vanish/> in its w:rPr (Word does not show it)
  {cs|TEXT}         a run with complex-script properties: rFonts w:cs, hint "cs",
                    <w:rtl w:val="0"/> and <w:cs/> (left-to-right, shown as is)
  {comb|TEXT}       a run with <w:eastAsianLayout w:combine="1"> (双行合一)
  {cmt|N} {/cmt|N}  commentRangeStart N / commentRangeEnd N and the run with
                    <w:commentReference w:id="N"/>; the note is in comments.xml

Automatic numbering is given as num=(numId, ilvl) or through a paragraph style
(style=); the label (一、 （一） 1.) is then not in the text but in numbering.xml.
Tables are lists of rows; a row is a list of cells or a dict with "cells" and
"head" (w:tblHeader; table(header=N) marks the first N rows), "gb" / "ga"
(w:gridBefore / w:gridAfter), "lrpb" (a lastRenderedPageBreak in its first
paragraph) or "del" (the row deleted as a tracked change). A cell is a string, a
list of strings (several paragraphs) or a dict with "p" (paragraphs), "span"
(w:gridSpan), "vm" ("restart" / "cont" for w:vMerge), "num" (an automatically
numbered 序号 cell), "kind", "red" and "tbl" (a nested table's XML placed before
the cell's paragraphs).
"""
import re
import zipfile
from xml.sax.saxutils import escape

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
NS_WPS = NS.replace('mc:Ignorable="w14 w15 wp14"',
                    'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
                    'mc:Ignorable="w14 w15 wp14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument."

FONTS = {"fs": "仿宋_GB2312", "hei": "黑体", "kai": "楷体_GB2312", "xbs": "方正小标宋简体",
         "song": "宋体"}
TOKEN = re.compile(r"(\{[^{}]*\})")
ASCII = re.compile(r"([\x20-\x7e]+)")


def t_el(text, tag="w:t"):
    sp = ' xml:space="preserve"' if text[:1] in " \u3000" or text[-1:] in " \u3000" else ""
    return "<%s%s>%s</%s>" % (tag, sp, escape(text), tag)


def tbl_borders(*sides):
    """<w:tblBorders> from (val, sz) for top, left, bottom, right, insideH, insideV."""
    names = ("top", "left", "bottom", "right", "insideH", "insideV")
    return "<w:tblBorders>%s</w:tblBorders>" % "".join(
        '<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="auto"/>' % (n, val, sz)
        for n, (val, sz) in zip(names, sides))


BORDERS_ALL = tbl_borders(*[("single", 4)] * 6)
BORDERS_NONE = tbl_borders(*[("none", 0)] * 6)
BORDERS_CC = tbl_borders(("single", 8), ("none", 0), ("single", 8), ("none", 0), ("single", 4),
                         ("none", 0))


# ------------------------------------------------------------------ the notice and its look

class Doc:
    """The state of one notice while its XML is written. The class attributes are
    the look of Microsoft Word as make_docx.py writes it; a subclass changes them."""

    # paragraph kinds: (font, half-points, first-line indent in twips, alignment)
    KINDS = {
        # text: body paragraphs, unindented ones, empty lines, typed headings
        "body": ("fs", 32, 640, "both"), "noind": ("fs", 32, 0, "both"), "empty": ("fs", 32, 0, "both"),
        "h1": ("hei", 32, 640, "both"), "h2": ("kai", 32, 640, "both"),
        # the cover: 版头, 发文字号, title, signature and date
        "mast": ("xbs", 72, 0, "distribute"),
        "docno": ("fs", 32, 0, "center"), "title": ("xbs", 44, 0, "center"), "sign": ("fs", 32, 0, "right"),
        # table cells (left, centred, header) and the 抄送 / 印发 lines (版记)
        "cell": ("fs", 24, 0, "left"), "ccell": ("fs", 24, 0, "center"), "hcell": ("hei", 24, 0, "center"),
        "cc": ("fs", 28, 0, "left"),
    }
    KIND_STYLES = {"cc": "a7"}  # the paragraph style of a kind (a7: 版记)
    LINE = 560                  # exact line pitch (twips) of body paragraphs,
    TITLE_LINE = 700            # of the title (None: as the body)
    MAST_LINE = 1200            # and of the red 版头 (kinds mast, mast2)
    BEFORE_ALWAYS = True        # w:before is written even when it is 0
    FIRST_LINE = ' w:firstLineChars="200" w:firstLine="%d"'
    BORDER = '<w:%(side)s w:val="single" w:sz="%(sz)d" w:space="1" w:color="%(color)s"/>'
    RED_RULE = [("bottom", "FF0000", 12)]  # border=True: the red rule under the 发文字号
    TABLE_STYLE = "a8"
    TABLE_TAIL = ('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                  'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>')
    ROW_HEIGHT = '<w:trHeight w:val="567"/>'
    ROW_TAIL = ""
    # numbering.xml: an abstractNum's opening, its nsid and tmpl bases, a level's opening
    NUM_ABSTRACT = ('<w:abstractNum w:abstractNumId="%(id)d" w15:restartNumberingAfterBreak="0">'
                    '<w:nsid w:val="%(nsid)08X"/><w:multiLevelType w:val="hybridMultilevel"/>'
                    '<w:tmpl w:val="%(tmpl)08X"/>')
    NUM_BASES = (0x1F2A3B40, 0x6C0E5A12)
    NUM_LVL = '<w:lvl w:ilvl="%(ilvl)d" w:tplc="%(tplc)08X">'
    NUM_HINT = "eastAsia"
    # tracked changes: the minute (on the notice's date) of deletions and insertions
    # in the text, moves, a deleted table row and a deleted paragraph mark
    DEL_AT, INS_AT, MOVE_AT, ROW_DEL_AT, MARK_DEL_AT = "16:42", "16:43", None, None, None
    COVER_BEFORE, COVER_GAP = 600, False  # Body.cover: the title's space before, an empty line
    COMB_ID = None              # w:eastAsianLayout w:id of {comb|…}
    CUSTOM_XML_URI = None       # w:uri of {cx|…}
    CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

    def __init__(self, rsids, date, author="", wps=False):
        self.rsids = rsids or []
        self.date = date
        self.author = author
        self.wps = wps
        self.k = 0
        self.bm = 0
        self.open_bm = []
        self.rev = 0
        self.footnotes = []

    @property
    def ns(self):
        return NS_WPS if self.wps else NS

    def rsid(self):
        r = self.rsids[self.k % len(self.rsids)]
        self.k += 1
        return r

    def r_open(self):
        return "<w:r>" if self.wps else '<w:r w:rsidR="%s">' % self.rsid()

    def p_open(self):
        if self.wps:
            return "<w:p>"
        r = self.rsid()
        return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">' % (r, self.rsids[0], r)

    def cc_block(self, cc, printed):
        return cc_table(self, [cc, printed])

    def stamp(self, at):
        """w:author and w:date of a tracked change made at `at` (HH:MM)."""
        assert at, "no time for this kind of tracked change in this look"
        return 'w:author="%s" w:date="%sT%s:00Z"' % (self.author, self.date, at)

    def sect_pr(self, landscape=False, next_page=False, first_header=False):
        """The section of a 公文: A4 portrait (or landscape) with the even and odd
        footers; first_header: a different first page whose header (header1.xml)
        holds the 版头, an empty default header and a first-page footer."""
        refs = ""
        if first_header:
            refs = ('<w:headerReference w:type="default" r:id="rId8"/>'
                    '<w:headerReference w:type="first" r:id="rId7"/>')
        refs += ('<w:footerReference w:type="even" r:id="rId5"/>'
                 '<w:footerReference w:type="default" r:id="rId6"/>')
        if first_header:
            refs += '<w:footerReference w:type="first" r:id="rId9"/>'
        pg = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape" w:code="9"/>'
              '<w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984" w:header="851" '
              'w:footer="992" w:gutter="0"/>' if landscape else
              '<w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="2098" w:right="1474" '
              'w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/>')
        return ('<w:sectPr w:rsidR="%s" w:rsidSect="%s">%s%s%s<w:cols w:space="425"/>%s'
                '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
                % (self.rsids[0], self.rsids[1], refs, '<w:type w:val="nextPage"/>' if next_page else "",
                   pg, "<w:titlePg/>" if first_header else ""))


class WpsDoc(Doc):
    """The look of make_docx_wps.py: WPS Office (wps=True: no rsids, WPS's run and
    paragraph properties) or, with wps=False and rsids, Word saving an old .doc."""

    KINDS = dict(Doc.KINDS, mast=("xbs", 64, 0, "distribute"), tcap=("hei", 28, 0, "center"),
                 fn=("fs", 18, 0, "left"))
    KIND_STYLES = {}
    LINE = 578
    TITLE_LINE = None
    MAST_LINE = 1000
    BEFORE_ALWAYS = False
    FIRST_LINE = ' w:firstLine="%d" w:firstLineChars="200"'
    BORDER = '<w:%(side)s w:val="single" w:color="%(color)s" w:sz="%(sz)d" w:space="1"/>'
    RED_RULE = [("bottom", "FF0000", 18)]
    TABLE_STYLE = "tgrid"
    TABLE_TAIL = ('<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                  '</w:tblCellMar>')
    ROW_HEIGHT = '<w:cantSplit/><w:trHeight w:val="567" w:hRule="atLeast"/>'
    ROW_TAIL = '<w:jc w:val="center"/>'
    NUM_ABSTRACT = ('<w:abstractNum w:abstractNumId="%(id)d"><w:nsid w:val="%(nsid)08X"/>'
                    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="%(tmpl)08X"/>')
    NUM_BASES = (0x5A1B2C30, 0x3E7D9C10)
    NUM_LVL = '<w:lvl w:ilvl="%(ilvl)d" w:tentative="0">'
    NUM_HINT = "default"
    COVER_BEFORE, COVER_GAP = 300, True
    COMB_ID = -1434531328

    def __init__(self, date, wps=True, rsids=None):
        Doc.__init__(self, rsids, date, wps=wps)

    def cc_block(self, cc, printed):
        return cc_paras(self, cc, printed)

    def sect_pr(self, footnotes=False):
        fn = ('<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>' if footnotes else "")
        rs = "" if self.wps else ' w:rsidR="%s" w:rsidSect="%s"' % (self.rsids[0], self.rsids[1])
        return ('<w:sectPr%s><w:footerReference w:type="default" r:id="rIdF1"/>'
                '<w:footerReference w:type="even" r:id="rIdF2"/>%s'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/><w:pgNumType w:fmt="decimal"/>'
                '<w:cols w:space="0" w:num="1"/><w:titlePg w:val="0"/><w:rtlGutter w:val="0"/>'
                '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
                % (rs, fn))


# ------------------------------------------------------------------ runs

def rpr(font, size, bold=False, red=False, wps=False, ascii_run=False, rstyle=None,
        vanish=False, cs=False, comb=None, sup=False):
    """w:rPr, its elements in the order the committed notices have them. wps: as WPS
    writes it (its own rFonts, w:kern and w:lang; ascii_run: a run of ASCII text)."""
    f = FONTS[font]
    s = "<w:rPr>"
    if rstyle:
        s += '<w:rStyle w:val="%s"/>' % rstyle
    if wps and ascii_run:
        s += ('<w:rFonts w:hint="default" w:ascii="Times New Roman" '
              'w:hAnsi="Times New Roman" w:eastAsia="%s" w:cs="Times New Roman"/>' % f)
    elif wps:
        s += ('<w:rFonts w:hint="eastAsia" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" '
              'w:cs="%s"/>' % (f, f, f, f))
    elif cs:
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
    if wps:
        s += '<w:kern w:val="0"/>'
    if size != 21:
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    if wps:
        s += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    if cs:
        s += '<w:rtl w:val="0"/><w:cs/>'
    if comb:
        s += '<w:eastAsianLayout w:id="%d" w:combine="1"/>' % comb
    if sup:
        s += '<w:vertAlign w:val="superscript"/>'
    return s + "</w:rPr>"


class Runs:
    """The runs of one paragraph while they are written: the font, size, bold and
    red of the next run."""

    def __init__(self, doc, font, size, red):
        self.doc, self.font, self.size, self.red, self.bold = doc, font, size, red, False

    def rp(self, **kw):
        return rpr(self.font, self.size, self.bold, self.red, self.doc.wps, **kw)

    def run(self, inner, **kw):
        return "%s%s%s</w:r>" % (self.doc.r_open(), self.rp(**kw), inner)

    def text(self, text):
        """Plain text: a run per `|` chunk and, in WPS, per change of script."""
        wps = self.doc.wps
        out = []
        for chunk in text.split("|"):
            pieces = ASCII.split(chunk) if wps else [chunk]
            out += [self.run(t_el(p), ascii_run=wps and bool(ASCII.fullmatch(p))) for p in pieces if p]
        return "".join(out)


def _run_of(el):
    return lambda st, tok: st.run(el)


def _proof(kind):
    return lambda st, tok: '<w:proofErr w:type="%s"/>' % kind


def _styled_run(**kw):
    return lambda st, tok: st.run(t_el(tok[1]), **kw)


def _bookmark_start(st, tok):
    doc = st.doc
    doc.open_bm.append(doc.bm)
    doc.bm += 1
    return '<w:bookmarkStart w:id="%d" w:name="%s"/>' % (doc.open_bm[-1], tok[1])


def _bookmark_end(st, tok):
    return '<w:bookmarkEnd w:id="%d"/>' % st.doc.open_bm.pop()


def _font(st, tok):
    st.font = tok[1]
    return ""


def _bold(on):
    def switch(st, tok):
        st.bold = on
        return ""
    return switch


def _deletion(st, tok):
    doc = st.doc
    doc.rev += 1
    return ('<w:del w:id="%d" %s><w:r w:rsidDel="%s" w:rsidR="%s">%s%s</w:r></w:del>'
            % (doc.rev, doc.stamp(doc.DEL_AT), doc.rsids[-1], doc.rsids[0], st.rp(),
               t_el(tok[1], "w:delText")))


def _insertion(st, tok):
    doc = st.doc
    doc.rev += 1
    return ('<w:ins w:id="%d" %s><w:r w:rsidR="%s">%s%s</w:r></w:ins>'
            % (doc.rev, doc.stamp(doc.INS_AT), doc.rsids[-1], st.rp(), t_el(tok[1])))


def _move(kind):
    def move(st, tok):
        doc = st.doc
        doc.rev += 2
        stamp = doc.stamp(doc.MOVE_AT)
        return ('<w:%sRangeStart w:id="%d" %s w:name="%s"/>'
                '<w:%s w:id="%d" %s><w:r w:rsidR="%s">%s%s</w:r></w:%s>'
                '<w:%sRangeEnd w:id="%d"/>'
                % (kind, doc.rev - 1, stamp, tok[1], kind, doc.rev, stamp, doc.rsids[-1], st.rp(),
                   t_el(tok[2]), kind, kind, doc.rev - 1))
    return move


def _complex_field(st, tok):
    """begin, instrText, separate, the result, end: five runs with one rsid."""
    r_open, rp = st.doc.r_open(), st.rp()
    return "".join("%s%s%s</w:r>" % (r_open, rp, el) for el in (
        '<w:fldChar w:fldCharType="begin"/>', t_el(" %s " % tok[1], "w:instrText"),
        '<w:fldChar w:fldCharType="separate"/>', t_el(tok[2]), '<w:fldChar w:fldCharType="end"/>'))


def _simple_field(st, tok):
    lock = ' w:fldLock="1"' if len(tok) > 3 and tok[3] else ""
    return ('<w:fldSimple w:instr="%s"%s>%s</w:fldSimple>'
            % (escape(tok[1], {'"': "&quot;"}), lock, st.text(tok[2])))


def _date_control(st, tok):
    doc = st.doc
    doc.bm += 1
    return ('<w:sdt><w:sdtPr>%s<w:alias w:val="成文日期"/><w:tag w:val="cwrq"/>'
            '<w:id w:val="-18%05d"/><w:date w:fullDate="%sT00:00:00Z">'
            '<w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
            '</w:date></w:sdtPr><w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>'
            % (st.rp(), 4217 + doc.bm, tok[1], st.run(t_el(tok[2]))))


def _smart_tag(st, tok):
    attrs = "".join('<w:attr w:name="%s" w:val="%s"/>' % tuple(kv.split("="))
                    for kv in tok[2].split(";") if kv)
    return ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
            'w:element="%s"><w:smartTagPr>%s</w:smartTagPr>%s</w:smartTag>'
            % (tok[1], attrs, st.text(tok[3])))


def _custom_xml(st, tok):
    return ('<w:customXml w:uri="%s" w:element="%s">%s</w:customXml>'
            % (st.doc.CUSTOM_XML_URI, tok[1], st.text(tok[2])))


def _combined(st, tok):
    return st.run(t_el(tok[1]), comb=st.doc.COMB_ID)


def _comment_end(st, tok):
    return ('<w:commentRangeEnd w:id="%s"/>%s%s<w:commentReference w:id="%s"/></w:r>'
            % (tok[1], st.doc.r_open(), rpr(st.font, st.size, wps=st.doc.wps, rstyle="ab"), tok[1]))


TOKENS = {
    "tab": _run_of("<w:tab/>"), "br": _run_of("<w:br/>"), "cr": _run_of("<w:cr/>"),
    "pb": _run_of('<w:br w:type="page"/>'), "lrpb": _run_of("<w:lastRenderedPageBreak/>"),
    "nbh": _run_of("<w:noBreakHyphen/>"),
    "ptab": _run_of('<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'),
    "ps": _proof("spellStart"), "pe": _proof("spellEnd"),
    "gs": _proof("gramStart"), "ge": _proof("gramEnd"),
    "bs": _bookmark_start, "be": _bookmark_end,
    "f": _font, "b": _bold(True), "/b": _bold(False),
    "del": _deletion, "ins": _insertion, "mvf": _move("moveFrom"), "mvt": _move("moveTo"),
    "fld": _complex_field, "fs": _simple_field, "sdtdate": _date_control,
    "sym": lambda st, tok: st.run('<w:sym w:font="%s" w:char="%s"/>' % (tok[1], tok[2])),
    "fn": lambda st, tok: st.run('<w:footnoteReference w:id="%s"/>' % tok[1], rstyle="fnref",
                                 sup=True),
    "st": _smart_tag, "cx": _custom_xml, "comb": _combined,
    "hid": _styled_run(vanish=True), "cs": _styled_run(cs=True),
    "cmt": lambda st, tok: '<w:commentRangeStart w:id="%s"/>' % tok[1], "/cmt": _comment_end,
}


def runs(doc, text, font, size, red=False):
    """The runs of one paragraph written in the markup of the module doc."""
    st = Runs(doc, font, size, red)
    out = []
    for piece in TOKEN.split(text):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            tok = piece[1:-1].split("|")
            if tok[0] not in TOKENS:
                raise ValueError("unknown token %r" % piece)
            out.append(TOKENS[tok[0]](st, tok))
        else:
            out.append(st.text(piece))
    return "".join(out)


# ------------------------------------------------------------------ paragraphs and tables

CELL_KINDS = ("cell", "ccell", "hcell", "cc", "fn", "tcap")
MAST_KINDS = ("mast", "mast2")


def par(doc, text, kind="body", num=None, style=None, red=False, border=None, jc=None,
        ind_right=0, before=0, first=None, frame=None, sect=None, deleted=False):
    """One paragraph. border: True (the look's red rule) or [(side, color, sz)];
    first: the first-line indent instead of the kind's; frame: a w:framePr (the
    发文字号 line); sect: a w:sectPr ending a section here; deleted: the paragraph
    mark and text deleted as tracked changes (the cells of a deleted row)."""
    font, size, ind1, align = doc.KINDS[kind]
    if first is not None:
        ind1 = first
    style = style or doc.KIND_STYLES.get(kind)
    ppr = []
    if style:
        ppr.append('<w:pStyle w:val="%s"/>' % style)
    if doc.wps:
        ppr.append('<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/>'
                   '<w:widowControl/>')
    if frame:
        ppr.append(frame)
    if num:
        ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0]))
    if border:
        ppr.append("<w:pBdr>%s</w:pBdr>" % "".join(
            doc.BORDER % {"side": side, "color": color, "sz": sz}
            for side, color, sz in (doc.RED_RULE if border is True else border)))
    if doc.wps:
        ppr.append('<w:kinsoku/><w:wordWrap/><w:overflowPunct/><w:topLinePunct w:val="0"/>'
                   '<w:autoSpaceDE/><w:autoSpaceDN/><w:bidi w:val="0"/><w:adjustRightInd/>'
                   '<w:snapToGrid w:val="0"/>')
    if frame:
        ppr.append('<w:tabs><w:tab w:val="right" w:pos="8524"/></w:tabs>')
    if kind in CELL_KINDS:
        line, before = 320, None
    elif kind in MAST_KINDS:
        line, before = doc.MAST_LINE, None
    elif kind == "title" and doc.TITLE_LINE:
        line = doc.TITLE_LINE
    else:
        line = doc.LINE
    if before or (before is not None and doc.BEFORE_ALWAYS):
        ppr.append('<w:spacing w:before="%d" w:line="%d" w:lineRule="exact"/>' % (before, line))
    else:
        ppr.append('<w:spacing w:line="%d" w:lineRule="exact"/>' % line)
    ind = ' w:left="320" w:right="320"' if frame else ""
    if ind_right:
        ind += ' w:right="%d"' % ind_right
    if ind1:
        ind += doc.FIRST_LINE % ind1
    if ind:
        ppr.append("<w:ind%s/>" % ind)
    ppr.append('<w:jc w:val="%s"/>' % (jc or align))
    if doc.wps:
        ppr.append('<w:textAlignment w:val="auto"/>')
    if sect:
        ppr.append(sect)
    mark = rpr(font, size, False, red, doc.wps)
    if deleted:
        doc.rev += 1
        mark = mark.replace("<w:rPr>", '<w:rPr><w:del w:id="%d" %s/>'
                            % (doc.rev, doc.stamp(doc.MARK_DEL_AT)), 1)
    ppr.append(mark)
    p_open = doc.p_open()
    body = runs(doc, "{del|%s}" % text if deleted and text else text, font, size, red)
    return "%s<w:pPr>%s</w:pPr>%s</w:p>" % (p_open, "".join(ppr), body)


class Body(list):
    """A notice's body while it is written: a list of XML strings."""

    def __init__(self, doc):
        list.__init__(self)
        self.doc = doc

    def p(self, text, kind="body", **kw):
        """Append a paragraph (par)."""
        self.append(par(self.doc, text, kind, **kw))

    def cover(self, masthead, docno, title, to):
        """The head of a notice: the 版头 (XML), an empty line, the 发文字号 over the red
        rule, the title, an empty line and the 主送 line; the look sets the title's
        space before and (WPS) an empty line above it."""
        self.append(masthead)
        self.p("", "empty")
        self.p(docno, "docno", border=True)
        if self.doc.COVER_GAP:
            self.p("", "empty")
        self.p(title, "title", before=self.doc.COVER_BEFORE)
        self.p("", "empty")
        self.p(to, "noind")

    def close(self, cc, printed, **sect):
        """The end of a notice: an empty line, the 抄送 / 印发 block (cc, printed) and
        the section properties (sect: Doc.sect_pr's options)."""
        self.p("", "empty")
        self.append(self.doc.cc_block(cc, printed))
        self.append(self.doc.sect_pr(**sect))


def paragraphs(doc):
    """A notice's Body and P(text, kind="body", **kw), which appends a paragraph to it."""
    body = Body(doc)
    return body, body.p


FLOAT = ('<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
         'w:horzAnchor="margin" w:tblpXSpec="center" w:tblpY="157"/><w:tblOverlap w:val="never"/>')


def table(doc, rows, widths, header=0, borders=BORDERS_ALL, kind="cell", first_kind=None,
          jc="center", float_=False):
    """A table (rows and cells as in the module doc); first_kind: the kind of the
    first cell of the rows below the header; float_: a floating table (w:tblpPr)."""
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="%s"/>%s<w:tblW w:w="%d" w:type="dxa"/>%s%s'
           '<w:tblLayout w:type="fixed"/>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (doc.TABLE_STYLE, FLOAT if float_ else "", sum(widths),
              "" if float_ else '<w:jc w:val="%s"/>' % jc, borders, doc.TABLE_TAIL, grid)]
    for ri, row in enumerate(rows):
        r = row if isinstance(row, dict) else {"cells": row}
        head = ri < header or r.get("head")
        tr = "<w:tr>" if doc.wps else '<w:tr w:rsidR="%s" w:rsidTr="%s">' % ((doc.rsid(),) * 2)
        trpr = ""
        if r.get("gb"):
            trpr += '<w:gridBefore w:val="%d"/><w:wBefore w:w="%d" w:type="dxa"/>' % (
                r["gb"], sum(widths[:r["gb"]]))
        if r.get("ga"):
            trpr += '<w:gridAfter w:val="%d"/><w:wAfter w:w="%d" w:type="dxa"/>' % (
                r["ga"], sum(widths[len(widths) - r["ga"]:]))
        trpr += doc.ROW_HEIGHT + ("<w:tblHeader/>" if head else "")
        if r.get("del"):
            doc.rev += 1
            trpr += '<w:del w:id="%d" %s/>' % (doc.rev, doc.stamp(doc.ROW_DEL_AT))
        out.append("%s<w:trPr>%s%s</w:trPr>" % (tr, trpr, doc.ROW_TAIL))
        col = r.get("gb", 0)
        first_par = True
        for ci, cell in enumerate(r["cells"]):
            c = cell if isinstance(cell, dict) else {"p": cell}
            paras = c.get("p", "")
            if isinstance(paras, str):
                paras = [paras]
            span = c.get("span", 1)
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % sum(widths[col:col + span])
            if span > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % span
            if c.get("vm") == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif c.get("vm") == "cont":
                tcpr += "<w:vMerge/>"
                paras = [""]
            tcpr += '<w:vAlign w:val="center"/>'
            k = c.get("kind") or ("hcell" if head else
                                  (first_kind if ci == 0 and first_kind else kind))
            body = c.get("tbl", "")
            for p in paras:
                if first_par and r.get("lrpb"):
                    p = "{lrpb}" + p
                first_par = False
                body += par(doc, p, k, num=c.get("num"), red=c.get("red", False),
                            deleted=r.get("del", False))
            out.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, body))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def masthead_table(doc, text):
    """The red 版头 as a one-row table without borders (a common template)."""
    return table(doc, [[{"p": text, "kind": "mast", "red": True}]], [8844], borders=BORDERS_NONE)


def cc_table(doc, lines):
    """The 抄送 / 印发 block: a two-row table with rules above, between and below."""
    return table(doc, [[line] for line in lines], [8844], borders=BORDERS_CC, kind="cc")


CC_TOP = [("top", "000000", 8), ("bottom", "000000", 4)]
CC_BOTTOM = [("bottom", "000000", 8)]


def cc_paras(doc, cc, printed):
    """The 抄送 / 印发 block as two paragraphs with rules (WPS)."""
    return par(doc, cc, "cc", border=CC_TOP, first=0) + par(doc, printed, "cc", border=CC_BOTTOM)


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
    return ('%s<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>%s</w:p>'
            % (doc.p_open(), anchor))


def textbox(doc, inner, height_emu=1080000, width_emu=3240000):
    """A floating text box as WPS saves it: a DrawingML shape in mc:Choice and the
    same box again as VML in mc:Fallback (inner given twice)."""
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


def anchor_par(doc, run_xml):
    """The paragraph a floating text box is anchored in (WPS)."""
    return ('%s<w:pPr><w:spacing w:line="578" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>%s</w:p>'
            % (doc.p_open(), run_xml))


# ------------------------------------------------------------------ numbering

# The outline of 01, 02, 04 and 11-15: 一、 → （一） → 1. ; Word's suffix "nothing"
# (no TAB after the label), as 公文 templates set it. OUTLINE_K: 04's first level
# in chineseCountingThousand. SEQ: the 序号 column of a table.
OUTLINE = [("chineseCounting", "%1、", 1, "nothing"),
           ("chineseCounting", "（%2）", 1, "nothing"),
           ("decimal", "%3.", 1, "nothing")]
OUTLINE_K = [("chineseCountingThousand", "%1、", 1, "nothing"),
             ("chineseCounting", "（%2）", 1, "nothing"),
             ("decimal", "%3.", 1, "nothing")]
SEQ = [("decimal", "%1", 1, "nothing")]


def numbering_xml(doc, abstracts, nums):
    """word/numbering.xml in the look of doc. abstracts: {absId: [(numFmt, lvlText,
    start, suff[, pStyle]), ...] by ilvl}; nums: [(numId, absId, {ilvl: startOverride})]."""
    out = [DECL, "<w:numbering %s>" % doc.ns]
    nsid, tmpl = doc.NUM_BASES
    for aid, lvls in sorted(abstracts.items()):
        out.append(doc.NUM_ABSTRACT % {"id": aid, "nsid": nsid + aid, "tmpl": tmpl + aid})
        for ilvl, lvl in enumerate(lvls):
            fmt, text, start, suff, pst = (tuple(lvl) + (None,))[:5]
            out.append('%s<w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:suff w:val="%s"/>'
                       '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                       '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
                       '<w:rPr><w:rFonts w:hint="%s"/></w:rPr></w:lvl>'
                       % (doc.NUM_LVL % {"ilvl": ilvl, "tplc": 0x04090019 + ilvl}, start, fmt,
                          '<w:pStyle w:val="%s"/>' % pst if pst else "", suff, escape(text),
                          doc.NUM_HINT))
        out.append("</w:abstractNum>")
    for nid, aid, over in nums:
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>' % (nid, aid))
        for ilvl, st in sorted(over.items()):
            out.append('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>'
                       % (ilvl, st))
        out.append("</w:num>")
    out.append("</w:numbering>")
    return "".join(out)


# ------------------------------------------------------------------ package parts (both looks)

def content_types(overrides):
    """[Content_Types].xml: the defaults for .rels and .xml, then [(part, type)]."""
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides) + "</Types>")


def relationships(rels):
    """A .rels part: [(Id, Type, Target)]."""
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % r for r in rels)
            + "</Relationships>")


def core_xml(author, date, created, modified, word=True):
    """docProps/core.xml; word: with an empty dc:title and a revision count."""
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">%s'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>%s'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%sT%s:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%sT%s:00Z</dcterms:modified>'
            '</cp:coreProperties>') % ("<dc:title></dc:title>" if word else "", escape(author),
                                       escape(author), "<cp:revision>7</cp:revision>" if word else "",
                                       date, created, date, modified)


def custom_xml(props):
    """docProps/custom.xml: [(name, value)] as text properties from pid 2."""
    out = [DECL, '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/docPropsVTypes">']
    for pid, (name, value) in enumerate(props, 2):
        out.append('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
                   '<vt:lpwstr>%s</vt:lpwstr></property>' % (pid, escape(name), escape(value)))
    out.append("</Properties>")
    return "".join(out)


def shown_chars(body):
    """The characters of the body's text (for docProps/app.xml)."""
    return len(re.sub(r"<[^>]+>", "", body))


def write_zip(path, parts, date, time):
    """Zip [(name, text)] in this order, every entry stamped date (ISO) and time (h, m, s)."""
    y, m, d = (int(x) for x in date.split("-"))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(y, m, d) + time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


# ------------------------------------------------------------------ package parts: Word

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
          '<w:uiPriority w:val="39"/><w:tblPr>%s</w:tblPr></w:style>'
          '</w:styles>') % (NS, BORDERS_ALL)

# make_docx_more.py's styles: + header, annotation text and annotation reference
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


def footer_xml(jc):
    """A — PAGE — footer (footer1: left, even pages; footer2: right, odd pages)."""
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


def header_xml(paras):
    """A header part: header1.xml (the first page: the 版头) or an empty default."""
    body = "".join(paras) if paras else (
        '<w:p><w:pPr><w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" '
        'w:color="auto"/></w:pBdr></w:pPr></w:p>')
    return DECL + "<w:hdr %s>%s</w:hdr>" % (NS, body)


def comments_xml(notes):
    """word/comments.xml: a reviewer's note per comment id (not body text)."""
    out = [DECL, "<w:comments %s>" % NS]
    for cid, (author, initials, when, text) in enumerate(notes):
        out.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p>'
                   '<w:pPr><w:pStyle w:val="aa"/></w:pPr><w:r><w:rPr><w:rStyle w:val="ab"/></w:rPr>'
                   '<w:annotationRef/></w:r><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>%s</w:r>'
                   '</w:p></w:comment>' % (cid, escape(author), when, initials, t_el(text)))
    out.append("</w:comments>")
    return "".join(out)


def write_docx(path, doc, body, numbering, author, styles=STYLES, header=None, comments=None,
               chunk=None, custom=None):
    """A notice in Word's package: header (the first page's header paragraphs),
    comments [(author, initials, ISO time, text)], chunk (an altChunk's HTML) and
    custom [(name, value)] add their parts."""
    rels = [(1, "numbering", "numbering.xml"), (2, "styles", "styles.xml"),
            (3, "settings", "settings.xml"), (4, "fontTable", "fontTable.xml"),
            (5, "footer", "footer1.xml"), (6, "footer", "footer2.xml")]
    over = [("/word/document.xml", CT + "wordprocessingml.document.main+xml")] + [
        ("/word/%s.xml" % p, CT + "wordprocessingml.%s+xml" % t) for p, t in (
            ("numbering", "numbering"), ("styles", "styles"), ("settings", "settings"),
            ("footer1", "footer"), ("footer2", "footer"))]
    extra = []
    if header:
        rels += [(7, "header", "header1.xml"), (8, "header", "header2.xml"),
                 (9, "footer", "footer3.xml")]
        over += [("/word/header1.xml", CT + "wordprocessingml.header+xml"),
                 ("/word/header2.xml", CT + "wordprocessingml.header+xml"),
                 ("/word/footer3.xml", CT + "wordprocessingml.footer+xml")]
        extra += [("word/header1.xml", header_xml(header)), ("word/header2.xml", header_xml(None)),
                  ("word/footer3.xml", footer_xml("right"))]
    if comments:
        rels.append((10, "comments", "comments.xml"))
        over.append(("/word/comments.xml", CT + "wordprocessingml.comments+xml"))
        extra.append(("word/comments.xml", comments_xml(comments)))
    if chunk:
        rels.append((11, "aFChunk", "afchunk.htm"))
        over.append(("/word/afchunk.htm", "text/html"))
        extra.append(("word/afchunk.htm", chunk))
    over += [("/word/fontTable.xml", CT + "wordprocessingml.fontTable+xml"),
             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
             ("/docProps/app.xml", CT + "extended-properties+xml")]
    pkg_rels = [("rId3", REL + "extended-properties", "docProps/app.xml"),
                ("rId2", doc.CORE_REL, "docProps/core.xml"),
                ("rId1", REL + "officeDocument", "word/document.xml")]
    if custom:
        over.append(("/docProps/custom.xml", CT + "custom-properties+xml"))
        pkg_rels.append(("rId4", REL + "custom-properties", "docProps/custom.xml"))
    track = "<w:trackRevisions/>" if ("<w:del " in body or "<w:moveFrom " in body) else ""
    parts = [("[Content_Types].xml", content_types(over)), ("_rels/.rels", relationships(pkg_rels)),
             ("word/document.xml", DECL + "<w:document %s><w:body>%s</w:body></w:document>" % (NS, body)),
             ("word/_rels/document.xml.rels", relationships(
                 ("htmlChunk1" if t == "aFChunk" else "rId%d" % i, REL + t, f) for i, t, f in rels))]
    parts += extra
    parts += [("word/footer1.xml", footer_xml("left")), ("word/footer2.xml", footer_xml("right")),
              ("word/numbering.xml", numbering), ("word/styles.xml", styles),
              ("word/settings.xml", SETTINGS % (track, "".join('<w:rsid w:val="%s"/>' % r
                                                               for r in sorted(doc.rsids)))),
              ("word/fontTable.xml", FONT_TABLE),
              ("docProps/core.xml", core_xml(author, doc.date, "01:12", "08:43")),
              ("docProps/app.xml", app_xml(shown_chars(body)))]
    if custom:
        parts.append(("docProps/custom.xml", custom_xml(custom)))
    write_zip(path, parts, doc.date, (9, 30, 0))


# ------------------------------------------------------------------ package parts: WPS

def wps_styles_xml(doc, numbered_styles=()):
    """numbered_styles: [(styleId, name, font, numId, ilvl)] paragraph styles carrying w:numPr."""
    f = FONTS["fs"]
    s = [DECL, '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
         'w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>'
         '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" '
         'w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
         % doc.ns,
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
             '<w:tblPr>%s</w:tblPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="ftr"><w:name w:val="footer"/><w:basedOn w:val="1"/>'
             '<w:uiPriority w:val="0"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
             '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/>'
             '</w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="fntext"><w:name w:val="footnote text"/>'
             '<w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:snapToGrid w:val="0"/>'
             '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
             '<w:style w:type="character" w:styleId="fnref"><w:name w:val="footnote reference"/>'
             '<w:basedOn w:val="10"/><w:uiPriority w:val="0"/><w:rPr><w:vertAlign w:val="superscript"/>'
             '</w:rPr></w:style></w:styles>' % BORDERS_ALL)
    return "".join(s)


def wps_footer_xml(doc, jc):
    run = ('<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" '
           'w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>%s</w:r>')
    return (DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="ftr"/><w:ind w:left="320" w:right="320"/>'
            '<w:jc w:val="%s"/></w:pPr>%s<w:fldSimple w:instr=" PAGE  \\* MERGEFORMAT ">%s</w:fldSimple>'
            '%s</w:p></w:ftr>') % (doc.ns, jc, run % t_el("— "),
                                   run % t_el("1" if jc == "right" else "2"), run % t_el(" —"))


def wps_footnotes_xml(doc):
    out = [DECL, "<w:footnotes %s>" % NS_WPS,
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in doc.footnotes:
        p = par(doc, text, "fn", style="fntext")
        ref = ('<w:r><w:rPr><w:rStyle w:val="fnref"/><w:vertAlign w:val="superscript"/></w:rPr>'
               '<w:footnoteRef/></w:r>')
        p = p.replace("</w:pPr>", "</w:pPr>" + ref, 1)
        out.append('<w:footnote w:id="%d">%s</w:footnote>' % (fid, p))
    out.append("</w:footnotes>")
    return "".join(out)


WPS_ENDNOTES = (DECL + '<w:endnotes %s><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
                '</w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                '<w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>') % NS_WPS


def wps_settings_xml(doc, footnotes=False):
    fn = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
          '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' if footnotes else "")
    compat = ('<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>'
              '<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/>'
              '<w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" '
              'w:uri="http://schemas.microsoft.com/office/word" w:val="%d"/></w:compat>'
              % (14 if doc.wps else 11))
    rsids = "" if doc.wps else "<w:rsids>%s</w:rsids>" % "".join(
        '<w:rsid w:val="%s"/>' % r for r in sorted(doc.rsids))
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


WPS_FONT_TABLE = (
    DECL + '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + "".join('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/>'
              '<w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>' % f for f in (
                  ("Times New Roman", "02020603050405020304", "00", "roman", "variable"),
                  ("宋体", "02010600030101010101", "86", "auto", "default"),
                  ("仿宋_GB2312", "02010609030101010101", "86", "modern", "fixed"),
                  ("黑体", "02010609060101010101", "86", "modern", "fixed"),
                  ("楷体_GB2312", "02010609030101010101", "86", "modern", "fixed"),
                  ("方正小标宋简体", "02000000000000000000", "86", "script", "default"),
                  ("Wingdings", "05000000000000000000", "02", "auto", "default")))
    + "</w:fonts>")

WPS_THEME = (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题">'
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

WPS_CUSTOM_ITEM = (DECL + '<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
                   'xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData"><customSectProps>'
                   '<customSectPr/></customSectProps></s:customData>')
WPS_CUSTOM_PROPS = (DECL + '<ds:datastoreItem ds:itemID="{B1977F7D-205B-4081-913C-38D41E755F92}" '
                    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                    '<ds:schemaRefs><ds:schemaRef ds:uri="http://www.wps.cn/officeDocument/2013/wpsCustomData"/>'
                    '</ds:schemaRefs></ds:datastoreItem>')


def wps_app_xml(doc, chars):
    appn = ("WPS Office_11.1.0.12980_F1E327BC-269C-435d-A252-1D4E0E3B1C2D" if doc.wps
            else "Microsoft Office Word")
    ver = "" if doc.wps else "<AppVersion>12.0000</AppVersion>"
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
            'docPropsVTypes"><Template>Normal%s</Template><Pages>4</Pages><Words>%d</Words>'
            '<Characters>%d</Characters><Lines>0</Lines><Paragraphs>0</Paragraphs>'
            '<TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
            '<CharactersWithSpaces>%d</CharactersWithSpaces><Application>%s</Application>%s'
            '<DocSecurity>0</DocSecurity></Properties>'
            % (".dotm" if not doc.wps else "", chars // 2, chars, chars + 30, appn, ver))


def write_wps_docx(path, doc, body, numbering, author, icv="", numbered_styles=()):
    """A notice in WPS's package (or, doc.wps False, Word's from an old .doc):
    footnotes.xml and endnotes.xml when doc.footnotes; WPS adds its theme, the
    KSO custom properties (icv: the ICV property) and its customXml item."""
    footnotes = bool(doc.footnotes)
    over = [("/word/document.xml", CT + "wordprocessingml.document.main+xml")] + [
        ("/word/%s.xml" % p, CT + "wordprocessingml.%s+xml" % t) for p, t in (
            ("numbering", "numbering"), ("styles", "styles"), ("settings", "settings"),
            ("fontTable", "fontTable"), ("footer1", "footer"), ("footer2", "footer"))]
    over += [("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
             ("/docProps/app.xml", CT + "extended-properties+xml")]
    if footnotes:
        over += [("/word/footnotes.xml", CT + "wordprocessingml.footnotes+xml"),
                 ("/word/endnotes.xml", CT + "wordprocessingml.endnotes+xml")]
    pkg_rels = [("rId1", REL + "officeDocument", "word/document.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                 "core-properties", "docProps/core.xml"),
                ("rId3", REL + "extended-properties", "docProps/app.xml")]
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
            ("rId3", "numbering", "numbering.xml"), ("rId4", "fontTable", "fontTable.xml"),
            ("rIdF1", "footer", "footer1.xml"), ("rIdF2", "footer", "footer2.xml")]
    if footnotes:
        rels += [("rId5", "footnotes", "footnotes.xml"), ("rId6", "endnotes", "endnotes.xml")]
    if doc.wps:
        over += [("/word/theme/theme1.xml", CT + "theme+xml"),
                 ("/docProps/custom.xml", CT + "custom-properties+xml"),
                 ("/customXml/itemProps1.xml", CT + "customXmlProperties+xml")]
        pkg_rels.append(("rId4", REL + "custom-properties", "docProps/custom.xml"))
        rels += [("rId7", "theme", "theme/theme1.xml"), ("rId8", "customXml", "../customXml/item1.xml")]
    parts = [("[Content_Types].xml", content_types(over)),
             ("_rels/.rels", relationships(pkg_rels)),
             ("docProps/app.xml", wps_app_xml(doc, shown_chars(body))),
             ("docProps/core.xml", core_xml(author, doc.date, "00:52", "07:18", word=False))]
    if doc.wps:
        parts.append(("docProps/custom.xml", custom_xml([("KSOProductBuildVer", "2052-11.1.0.12980"),
                                                         ("ICV", icv)])))
    parts += [("word/document.xml", DECL + "<w:document %s><w:body>%s</w:body></w:document>"
               % (doc.ns, body)),
              ("word/_rels/document.xml.rels", relationships((i, REL + t, f) for i, t, f in rels)),
              ("word/footer1.xml", wps_footer_xml(doc, "right")),
              ("word/footer2.xml", wps_footer_xml(doc, "left"))]
    if footnotes:
        parts += [("word/footnotes.xml", wps_footnotes_xml(doc)), ("word/endnotes.xml", WPS_ENDNOTES)]
    parts += [("word/numbering.xml", numbering),
              ("word/styles.xml", wps_styles_xml(doc, numbered_styles)),
              ("word/settings.xml", wps_settings_xml(doc, footnotes)),
              ("word/fontTable.xml", WPS_FONT_TABLE)]
    if doc.wps:
        parts += [("word/theme/theme1.xml", WPS_THEME),
                  ("customXml/item1.xml", WPS_CUSTOM_ITEM),
                  ("customXml/itemProps1.xml", WPS_CUSTOM_PROPS),
                  ("customXml/_rels/item1.xml.rels", relationships(
                      [("rId1", REL + "customXmlProps", "itemProps1.xml")]))]
    write_zip(path, parts, doc.date, (15, 18, 0))
