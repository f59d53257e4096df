#!/usr/bin/env python3
"""Check the gold files of the Word test notices against the text Word shows.

usage: check_docx_gold.py [DOCX_DIR]        (default: the folder of this script)
       check_docx_gold.py --text FILE.docx   (print the shown text of a notice)

For every DOCX_DIR/gold/<stem>.gold.json, with its notice DOCX_DIR/<stem>.docx:
  - the shown text is built from word/document.xml (standard library only):
    a paragraph ends a line; table cells are separated by a TAB and a row ends
    a line (the paragraphs of one cell end lines inside it); <w:tab/> is a TAB,
    <w:br/> and <w:cr/> a line break; tracked deletions (<w:del>, <w:delText>,
    <w:moveFrom>) are not shown and insertions (<w:ins>, <w:moveTo>) are;
    a field shows its result, not its instruction (<w:instrText>, and whatever
    stands between fldChar begin and separate); a content control shows its
    <w:sdtContent>; a text box (<w:txbxContent>) is shown as its own lines where
    it is anchored, from mc:Choice only (mc:Fallback repeats the same box as
    VML); bookmarks, proofErr, lastRenderedPageBreak and properties show nothing;
    hidden text (a run with <w:vanish/>) is not shown, nor is a table row deleted
    as a tracked change (<w:trPr><w:del/>); comments (word/comments.xml) are not
    body text and their marks show nothing; an imported HTML chunk (<w:altChunk>,
    the part its r:id names) is shown in place, read as html/check_html_gold.py
    reads a page; the header of the first page (<w:titlePg/> and a
    <w:headerReference w:type="first"> in the first section) is shown before the
    body, as Word prints it on page 1; other headers and footers are not
    (notices 11-15, reading choices 650-656);
  - automatic numbering is rendered from word/numbering.xml as Word does: the
    label of a paragraph with <w:numPr> (directly or from its paragraph style)
    is the lvlText of its level (w:num → abstractNum → lvl, with lvlOverride /
    startOverride), %N replaced by the counter of level N-1 formatted by that
    level's numFmt (decimal, chineseCounting, chineseCountingThousand, …) and
    followed by the level's suffix (tab, space or nothing); counters are kept
    per numId and level, start at the level's start value (or the override),
    and a level is reset when a shallower level of the same numId advances;
  - every anchor occurs exactly once in that text (NFKC, whitespace removed, as
    score.py compares), anchors are in document order, and the gold is
    well-formed (the keys, kinds, roles, paths, ISO dates, freqs and target ops
    of tests/notices/check_gold.py);
  - every unit name, recipient and metadata string occurs in it, and the shown
    notice is 2,500–6,000 characters long (whitespace not counted);
  - a fake prediction is built from each gold (each item's text runs from its
    anchor to the next anchor) and scored with tests/eval/score.py (the
    project's copy of shared/eval/score.py): every metric must be 1.000.
All but the text extraction is tests/notices/goldcheck.py, shared with
html/check_html_gold.py.
Prints one line per problem and the score table; exit status 1 on a problem.
"""
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldcheck  # noqa: E402  (tests/notices/goldcheck.py: the checks shared with html/)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# the shown notice has 2,500-6,000 characters (NFKC, whitespace not counted)
SHOWN_SIZE = (lambda path, nt: len(nt), 2500, 6000,
              "shown text has %d characters, outside 2,500-6,000")

DIGITS = "〇一二三四五六七八九"


def chinese_counting(n):
    """一 … 九, 十, 十一 … 九十九, 一百 …: Word's 一, 二, 三 (简) list style."""
    if n <= 0:
        return str(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    s = DIGITS[h] + "百"
    if rest:
        s += ("〇" if rest < 10 else "") + (chinese_counting(rest) if rest >= 20 or rest < 10
                                             else "一" + chinese_counting(rest))
    return s


def fmt_number(n, fmt):
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional"):
        if fmt == "chineseLegalSimplified":
            return chinese_counting(n).translate(str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾"))
        return chinese_counting(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalZero":
        return "%02d" % n
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "none":
        return ""
    return str(n)  # decimal and anything else


class Numbering:
    """Word's automatic numbering: counters per numId and level."""

    def __init__(self, numbering_xml, styles_xml):
        self.abstract, self.nums, self.styles, self.count = {}, {}, {}, {}
        if numbering_xml is not None:
            root = ET.fromstring(numbering_xml)
            for a in root.iter(W + "abstractNum"):
                self.abstract[a.get(W + "abstractNumId")] = self._levels(a)
            for n in root.iter(W + "num"):
                aid = n.find(W + "abstractNumId").get(W + "val")
                over = {}
                for o in n.findall(W + "lvlOverride"):
                    ilvl = int(o.get(W + "ilvl"))
                    lv = o.find(W + "lvl")
                    so = o.find(W + "startOverride")
                    over[ilvl] = (self._level(lv) if lv is not None else None,
                                  int(so.get(W + "val")) if so is not None else None)
                self.nums[n.get(W + "numId")] = (aid, over)
        if styles_xml is not None:
            for s in ET.fromstring(styles_xml).iter(W + "style"):
                np_ = s.find(W + "pPr/" + W + "numPr")
                based = s.find(W + "basedOn")
                self.styles[s.get(W + "styleId")] = (
                    self._numpr(np_) if np_ is not None else None,
                    based.get(W + "val") if based is not None else None)

    @staticmethod
    def _val(el, tag, default=None):
        x = el.find(W + tag) if el is not None else None
        return x.get(W + "val") if x is not None else default

    def _level(self, lv):
        return {"start": int(self._val(lv, "start", "1")), "fmt": self._val(lv, "numFmt", "decimal"),
                "text": self._val(lv, "lvlText", ""), "suff": self._val(lv, "suff", "tab")}

    def _levels(self, a):
        return {int(lv.get(W + "ilvl")): self._level(lv) for lv in a.findall(W + "lvl")}

    def _numpr(self, np_):
        return (self._val(np_, "numId"), int(self._val(np_, "ilvl", "0") or 0))

    def level(self, num_id, ilvl):
        aid, over = self.nums[num_id]
        lv = dict(self.abstract.get(aid, {}).get(ilvl) or {"start": 1, "fmt": "decimal",
                                                             "text": "", "suff": "tab"})
        if ilvl in over:
            if over[ilvl][0]:
                lv = over[ilvl][0]
            if over[ilvl][1] is not None:
                lv = dict(lv, start=over[ilvl][1])
        return lv

    def numpr(self, ppr):
        """(numId, ilvl) of a paragraph: its own numPr, else its style's (basedOn chain)."""
        if ppr is None:
            return None
        np_ = ppr.find(W + "numPr")
        sid = self._val(ppr, "pStyle")
        style = None
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            if self.styles[sid][0]:
                style = self.styles[sid][0]
                break
            sid = self.styles[sid][1]
        if np_ is not None:
            nid = self._val(np_, "numId", style[0] if style else None)
            ilvl = self._val(np_, "ilvl")
            ilvl = int(ilvl) if ilvl is not None else (style[1] if style else 0)
            return (nid, ilvl)
        return style

    def label(self, ppr):
        np_ = self.numpr(ppr)
        if not np_ or np_[0] in (None, "0") or np_[0] not in self.nums:
            return ""
        nid, ilvl = np_
        cnt = self.count.setdefault(nid, {})
        cnt[ilvl] = cnt[ilvl] + 1 if ilvl in cnt else self.level(nid, ilvl)["start"]
        for deeper in [k for k in cnt if k > ilvl]:
            del cnt[deeper]
        lv = self.level(nid, ilvl)

        def sub(m):
            k = int(m.group(1)) - 1
            v = cnt.get(k, self.level(nid, k)["start"])
            return fmt_number(v, self.level(nid, k)["fmt"])

        text = re.sub(r"%([1-9])", sub, lv["text"])
        return text + {"tab": "\t", "space": " "}.get(lv["suff"], "")


class Shown:
    """The text Word shows for the body of word/document.xml."""

    def __init__(self, numbering, chunks=None):
        self.num = numbering
        self.field = []  # stack: True while inside a field's instruction part
        self.chunks = chunks or {}  # r:id -> shown text of an altChunk part (11-15)

    def block(self, el, out):
        tag = el.tag
        if tag == W + "p":
            out.append(self.paragraph(el) + "\n")
        elif tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                if tr.find(W + "trPr/" + W + "del") is not None:
                    continue  # a row deleted as a tracked change (11-15): not shown
                cells = []
                for tc in tr.findall(W + "tc"):
                    sub = []
                    for child in tc:
                        self.block(child, sub)
                    cells.append("".join(sub).strip("\n"))
                out.append("\t".join(cells) + "\n")
        elif tag == W + "sdt":
            content = el.find(W + "sdtContent")
            for child in (content if content is not None else []):
                self.block(child, out)
        elif tag in (W + "customXml", W + "ins", W + "moveTo"):
            for child in el:
                self.block(child, out)
        elif tag == W + "altChunk":  # an imported HTML chunk, shown in place (11-15)
            out.append(self.chunks.get(el.get(R + "id"), "") + "\n")
        # sectPr, bookmarks, proofErr, del, moveFrom …: nothing shown

    def paragraph(self, p):
        label = self.num.label(p.find(W + "pPr"))
        parts = []
        for child in p:
            self.inline(child, parts)
        return label + "".join(parts)

    def inline(self, el, out):
        tag = el.tag
        if tag == W + "r":
            hidden = hidden_run(el)  # <w:vanish/>: Word does not show it (11-15)
            for c in el:
                if not hidden or c.tag == W + "fldChar":
                    self.run_child(c, out)
        elif tag in (W + "del", W + "moveFrom", W + "pPr", W + "rPr"):
            return
        elif tag == W + "fldSimple" or tag in (W + "hyperlink", W + "ins", W + "moveTo",
                                                W + "smartTag", W + "customXml", W + "dir",
                                                W + "bdo"):
            for c in el:
                self.inline(c, out)
        elif tag == W + "sdt":
            content = el.find(W + "sdtContent")
            for c in (content if content is not None else []):
                self.inline(c, out)

    def run_child(self, c, out):
        tag = c.tag
        if tag == W + "fldChar":
            kind = c.get(W + "fldCharType")
            if kind == "begin":
                self.field.append(True)
            elif kind == "separate" and self.field:
                self.field[-1] = False
            elif kind == "end" and self.field:
                self.field.pop()
            return
        if any(self.field):
            return  # the field's instruction part
        if tag == W + "t":
            out.append(c.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag in (W + "drawing", W + "pict", MC + "AlternateContent", W + "object"):
            for box in self.text_boxes(c):
                sub = []
                for child in box:
                    self.block(child, sub)
                out.append("\n" + "".join(sub))
        # delText, instrText, rPr, lastRenderedPageBreak, …: nothing shown

    def text_boxes(self, el):
        if el.tag == MC + "Fallback":
            return []
        if el.tag == W + "txbxContent":
            return [el]
        boxes = []
        for c in el:
            boxes += self.text_boxes(c)
        return boxes


def hidden_run(r):
    """A run whose own properties hold <w:vanish/> (not switched off)."""
    v = r.find(W + "rPr/" + W + "vanish")
    return v is not None and v.get(W + "val") not in ("0", "false", "off")


def first_header(body, rels):
    """The part name of the first page's header: the first section (the sectPr
    of the first paragraph that holds one, else the body's) with <w:titlePg/>
    and a headerReference of type first; None otherwise."""
    sect = next((p.find(W + "pPr/" + W + "sectPr") for p in body.iter(W + "p")
                 if p.find(W + "pPr/" + W + "sectPr") is not None), body.find(W + "sectPr"))
    if sect is None:
        return None
    tp = sect.find(W + "titlePg")
    if tp is None or tp.get(W + "val") in ("0", "false", "off"):
        return None
    for h in sect.findall(W + "headerReference"):
        if h.get(W + "type") == "first":
            return rels.get(h.get(R + "id"))
    return None


def shown_text(path):
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        doc = z.read("word/document.xml")
        num = z.read("word/numbering.xml") if "word/numbering.xml" in names else None
        sty = z.read("word/styles.xml") if "word/styles.xml" in names else None
        # notices 11-15: relationships of document.xml, for altChunk parts and headers
        rels = {}
        if "word/_rels/document.xml.rels" in names:
            for rel in ET.fromstring(z.read("word/_rels/document.xml.rels")).iter(PR + "Relationship"):
                rels[rel.get("Id")] = "word/" + rel.get("Target").lstrip("/").replace("word/", "", 1)
        body = ET.fromstring(doc).find(W + "body")
        chunks = {}
        for ac in body.iter(W + "altChunk"):
            rid = ac.get(R + "id")
            if rels.get(rid) in names:
                chunks[rid] = html_text(z.read(rels[rid]))
        head = first_header(body, rels)
        hdr = ET.fromstring(z.read(head)) if head in names else None
    s = Shown(Numbering(num, sty), chunks)
    out = []
    for child in (hdr if hdr is not None else []):
        s.block(child, out)  # the first page's header: the 版头 printed on page 1
    for child in body:
        s.block(child, out)
    lines = (l.strip(" ") for l in "".join(out).split("\n"))
    return "\n".join(l for l in lines if l.strip(" \t\u3000"))


def html_text(data):
    """The text of an imported HTML chunk, read as html/check_html_gold.py reads
    a page (block elements end a line, cells are separated by a TAB)."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "html"))
    from check_html_gold import Visible  # noqa: E402
    m = re.search(rb'charset="?([-\w]+)', data[:1024])
    p = Visible()
    p.feed(data.decode(m.group(1).decode() if m else "utf-8"))
    p.close()
    return "".join(p.parts)


def main():
    return goldcheck.main(sys.argv, os.path.dirname(os.path.abspath(__file__)),
                          ".docx", "notice", shown_text, "shown text", SHOWN_SIZE)


if __name__ == "__main__":
    sys.exit(main())
