#!/usr/bin/env python3
"""Check the gold files of the HTML test pages against the text a browser shows.

usage: check_html_gold.py [HTML_DIR]      (default: the folder of this script)
       check_html_gold.py --text PAGE.html   (print the visible text of a page)

For every HTML_DIR/gold/<stem>.gold.json, with its page HTML_DIR/<stem>.html:
  - the page's visible text is extracted with html.parser: <head> (so <title>),
    <script>, <style> and comments are skipped, entities are decoded, block
    elements and <br> end a line, table cells are separated by a TAB;
  - every anchor occurs exactly once in that text (NFKC, whitespace removed, as
    score.py compares), anchors are in document order, and the gold is
    well-formed (the keys, kinds, roles, paths, ISO dates, freqs and target ops
    of tests/notices/check_gold.py);
  - every unit name, recipient and metadata string occurs in it, the page is
    6-20 KB, and every page has a gold file;
  - a fake prediction is built from the gold (each item's text runs from its
    anchor to the next anchor) and scored with shared/eval/score.py, which
    must give 1.000 on every metric (tests/eval/score.py, the project's copy;
    SCORE_PY overrides the path).
All but the text extraction is tests/notices/goldcheck.py, shared with
docx/check_docx_gold.py.
Prints one line per problem and the score table; exit status 1 on a problem.
"""
import os
import re
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldcheck  # noqa: E402  (tests/notices/goldcheck.py: the checks shared with docx/)

SKIP = {"head", "script", "style", "noscript", "template"}
BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
         "ul", "ol", "li", "dl", "dt", "dd", "section", "article", "header",
         "footer", "nav", "blockquote", "hr", "tbody", "thead", "center"}
WS = re.compile(r"[ \t\r\n\f]+")
# the page (its bytes) is 6-20 KB
PAGE_SIZE = (lambda page, nt: os.path.getsize(page), 6000, 20480,
             "page size %d bytes outside 6-20 KB")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:  # a browser collapses runs of ASCII white space
            self.parts.append(WS.sub(" ", data))


CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
# what a browser decodes a declared legacy Chinese charset as
CHARSET_AS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030"}


def visible_text(path):
    """The text of a page decoded by the charset it declares (UTF-8 when it
    declares none), as a browser shows it."""
    data = open(path, "rb").read()
    m = CHARSET.search(data[:4096])
    charset = m.group(1).decode("ascii").lower() if m else "utf-8"
    p = Visible()
    p.feed(data.decode(CHARSET_AS.get(charset, charset)))
    p.close()
    lines = (l.strip(" ") for l in "".join(p.parts).split("\n"))
    return "\n".join(l for l in lines if l.strip())


def main():
    return goldcheck.main(sys.argv, os.path.dirname(os.path.abspath(__file__)),
                          ".html", "page", visible_text, "visible text", PAGE_SIZE)


if __name__ == "__main__":
    sys.exit(main())
