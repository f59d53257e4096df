#!/usr/bin/env python3
"""Tests of the Word and HTML readers (make test-word).

1. Every corpus notice with fixtures in tests/fixtures/notices/ gives the
   same tasks from its .docx and .html as from its .txt: task text (NFKC,
   white space removed), units (name, role) and deadline dues. So do
   variants written here into the work directory: the HTML inside a noisy
   portal page, and re-encoded as GB18030 with and without a declared charset.
2. The document model (word_dump) of each edge case in tests/fixtures/word/
   and tests/fixtures/html/ matches its .expect file; the Word XML ones also
   when packed into a .docx.
3. Every hostile input fails with exit status 1 and the expected message.

    word_test.py --gongwen build/gongwen --dump build/word_dump --work build/word-test
    word_test.py ... --update      rewrite the .expect files from the dumps
"""
import argparse
import difflib
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.dom.minidom
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ooxml import docx_with_header_and_chunk, write  # noqa: E402  (tests/ooxml.py)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "tests", "fixtures")

# (file, extra arguments, message fragment); every one must exit with 1.
BAD = [
    ("bad/zip-bomb.docx", [], "word/document.xml has a compression ratio above 200 (--max-zip-ratio)"),
    ("bad/zip-bomb.docx", ["--max-zip-ratio", "100000", "--max-unzipped", "1M"],
     "word/document.xml unpacks to more than 1048576 bytes (--max-unzipped)"),
    ("bad/overrun.docx", [], "corrupt zip: word/document.xml holds more than the 64 bytes it declares"),
    ("bad/truncated.docx", [], "corrupt zip: no central directory (truncated file?)"),
    ("bad/encrypted-zip.docx", [], "encrypted .docx is not supported"),
    ("bad/encrypted-office.docx", [], "encrypted .docx is not supported (the file is password-protected)"),
    ("bad/no-document.docx", [], "not a Word document: no word/document.xml"),
    ("bad/malformed.docx", [], "word/document.xml is not well-formed XML (line 1: "),
    ("bad/empty.docx", [], "no text in the file"),
    ("bad/legacy.doc", [], "legacy Word .doc (OLE2) is not supported"),
    ("bad/billion-laughs.xml", [], "Word XML has a DOCTYPE that declares entities; refused"),
    ("bad/external-entity.xml", [], "Word XML has a DOCTYPE that declares entities; refused"),
    ("bad/external-parameter-entity.xml", [], "Word XML has a DOCTYPE that declares entities"),
    ("bad/deep.xml", [], "Word XML: elements nested deeper than 256 (--max-xml-depth)"),
    ("bad/deep.xml", ["--max-xml-depth", "100"], "elements nested deeper than 100 (--max-xml-depth)"),
    ("bad/deep.xml", ["--max-xml-depth", "1000"], "elements nested deeper than libxml2 allows"),
    ("bad/deep.html", [], "HTML: elements nested deeper than 256 (--max-xml-depth)"),
    ("bad/malformed.xml", [], "Word XML is not well-formed XML (line 2: Opening and ending tag mismatch"),
    ("bad/encoding-error.xml", [], "Word XML is not well-formed XML (line "),
    ("bad/bad-utf8.xml", [], "Word XML is not well-formed XML (line 1: Input is not proper UTF-8"),
    ("bad/not-word.xml", [], "XML that is neither Word XML nor HTML"),
    ("bad/flat-opc-no-document.xml", [], "the Flat OPC package has no /word/document.xml part"),
    ("bad/big-spans.html", ["--max-table-cells", "1000"], "more than 1000 table cells (--max-table-cells)"),
    ("bad/unknown-charset.html", [], "the page declares charset x-klingon, which is not supported"),
    ("work/very-deep.html", [], "HTML: elements nested deeper than 256 (--max-xml-depth)"),
    ("work/very-deep.xml", [], "Word XML: elements nested deeper than 256 (--max-xml-depth)"),
]

PORTAL = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>通知公告_区人民政府门户网站</title>
<style>.nav li {{ float: left }}</style>
<script>var columns = ["首页", "政务公开", "通知公告", "办事服务"]; var notice = "各单位要高度重视";</script>
</head><body>
<header><div class="logo">某某区人民政府门户网站</div>
<nav><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/tzgg">通知公告</a></li><li><a href="/bsfw">办事服务</a></li></ul></nav></header>
<div class="main-wrap">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg">通知公告</a></div>
<div class="left">
<aside><h3>相关文件</h3><ul><li><a href="/1">关于做好防汛工作的通知</a></li>
<li><a href="/2">关于开展安全生产大检查的通知</a></li></ul></aside>
<div class="hot"><h3>热点专题</h3><p>深入学习宣传贯彻党的二十大精神。</p></div>
</div>
<div class="right"><div class="info">发布时间：2023-06-01 来源：区政府办公室 浏览次数：<span id="count">128</span></div>
<div id="zoom" class="TRS_Editor">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<form action="/search"><input name="q"><select><option>本站搜索</option><option>全文检索</option></select></form>
</div></div>
<iframe src="/ad"></iframe>
<noscript>您的浏览器不支持脚本，部分功能无法使用。</noscript>
<footer><p>主办：某某区人民政府办公室 承办：某某区大数据发展中心</p>
<p>网站标识码：5001000000 渝ICP备00000000号 联系电话：023-00000000</p></footer>
<script>document.write("<span>本站访问量统计</span>");</script>
</body></html>
"""


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def ok(self, name, good, detail=""):
        if good:
            self.passed += 1
        else:
            self.failed.append(name)
            print("FAIL %s%s" % (name, "\n" + detail if detail else ""))


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def extract(gongwen, path):
    """The catalogue of a notice, or None and the error output; anything on
    stderr (a sanitizer's report) counts as a failure too."""
    r = run([gongwen, "extract", "-q", path])
    if r.returncode != 0 or r.stderr:
        return None, "exit %d: %s" % (r.returncode, r.stderr.strip())
    return json.loads(r.stdout), ""


def task_lines(cat):
    """Comparable lines for the tasks of a catalogue."""
    lines = []

    def walk(tasks, depth):
        for t in tasks:
            text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", t["text"]))
            units = ["%s/%s" % (u["name"], u["role"]) for u in t.get("units", [])]
            dues = [d.get("due") for d in t.get("deadlines", [])]
            lines.append("%s%s | units %s | dues %s" % ("  " * depth, text, units, dues))
            walk(t.get("subtasks", []), depth + 1)

    walk(cat["tasks"], 0)
    return lines


def derived_notices(work):
    """HTML variants of the fixtures: a portal page around the article, and
    GB18030 with and without a declared charset."""
    made = []
    for path in sorted(glob.glob(os.path.join(FIX, "notices", "*.html"))):
        stem = os.path.basename(path)[:-5]
        page = open(path, encoding="utf-8").read()
        body = page[page.index("<body>") + 6:page.rindex("</body>")]
        if stem.startswith("001_"):
            out = os.path.join(work, stem + ".portal.html")
            open(out, "w", encoding="utf-8").write(PORTAL.format(body=body))
            made.append(out)
        if stem.startswith("003_"):
            out = os.path.join(work, stem + ".gb18030.html")
            plain = page.replace('<meta charset="utf-8">\n', "")
            open(out, "wb").write(plain.encode("gb18030"))
            made.append(out)
        if stem.startswith("004_"):
            out = os.path.join(work, stem + ".gb2312.html")
            declared = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" '
                                    'content="text/html; charset=gb2312">')
            open(out, "wb").write(declared.encode("gb18030"))
            made.append(out)
    return made


def check_notices(args, checks):
    derived = derived_notices(args.work)
    for txt in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt"))):
        stem = os.path.basename(txt)[:-4]
        inputs = sorted(glob.glob(os.path.join(FIX, "notices", stem + ".*")))
        inputs += [d for d in derived if os.path.basename(d).startswith(stem + ".")]
        if not inputs:
            continue
        base, error = extract(args.gongwen, txt)
        checks.ok("%s read" % os.path.relpath(txt, ROOT), base is not None, error)
        if base is None:
            continue
        want = task_lines(base)
        for path in inputs:
            name = os.path.relpath(path, ROOT)
            cat, error = extract(args.gongwen, path)
            checks.ok("%s read" % name, cat is not None, error)
            if cat is None:
                continue
            got = task_lines(cat)
            diff = "\n".join(difflib.unified_diff(want, got, os.path.basename(txt),
                                                  os.path.basename(path), lineterm=""))
            checks.ok("%s same tasks as the .txt" % name, got == want, diff)
            fmt = "docx" if path.endswith(".docx") else "html"
            src = cat["source"]
            checks.ok("%s format %s, no encoding" % (name, fmt),
                      src["format"] == fmt and src["encoding"] is None, str(src))


def docx_from_xml(xml_path, out):
    """Pack a bare document.xml, or the parts of a Flat OPC package, into a .docx."""
    dom = xml.dom.minidom.parse(xml_path)
    root = dom.documentElement
    parts = {}
    if root.localName == "package":
        for part in root.getElementsByTagNameNS("*", "part"):
            name = part.getAttributeNS("http://schemas.microsoft.com/office/2006/xmlPackage", "name")
            for data in part.getElementsByTagNameNS("*", "xmlData"):
                elems = [c for c in data.childNodes if c.nodeType == c.ELEMENT_NODE]
                if elems:
                    parts[name.lstrip("/")] = elems[0].toxml()
    else:
        parts["word/document.xml"] = root.toxml()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        for name, text in parts.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + text)


def check_edge_cases(args, checks):
    cases = sorted(glob.glob(os.path.join(FIX, "word", "*.xml")) +
                   glob.glob(os.path.join(FIX, "html", "*.html")))
    for path in cases:
        expect = os.path.splitext(path)[0] + ".expect"
        r = run([args.dump, path])
        got = r.stdout if r.returncode == 0 and not r.stderr else "error: " + r.stderr
        if args.update:
            open(expect, "w", encoding="utf-8").write(got)
        want = open(expect, encoding="utf-8").read() if os.path.exists(expect) else ""
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                            os.path.basename(expect), "word_dump"))
        checks.ok("%s as expected" % os.path.relpath(path, ROOT), got == want, diff)
        if not path.endswith(".xml"):
            continue
        docx = os.path.join(args.work, os.path.basename(path)[:-4] + ".docx")
        docx_from_xml(path, docx)
        r = run([args.dump, docx])
        got = re.sub(r"^format: docx\n", "", r.stdout if r.returncode == 0 else r.stderr)
        want = re.sub(r"^format: [a-z-]+\n", "", want)
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                            os.path.basename(expect), "word_dump (docx)"))
        checks.ok("%s packed as .docx as expected" % os.path.relpath(path, ROOT),
                  r.returncode == 0 and not r.stderr and got == want, diff + r.stderr)


def check_layout_boxes(args, checks):
    """A task table nested in a one-column layout table is a task table, and
    the paragraphs of a unit cell are names of their own."""
    docx = os.path.join(args.work, "layout-table.docx")
    docx_from_xml(os.path.join(FIX, "word", "layout-table.xml"), docx)
    cat, err = extract(args.gongwen, docx)
    lines = task_lines(cat) if cat else [err]
    want = "开展燃气安全检查。 | units ['县住建局/lead', '各乡镇/responsible'] | dues []"
    checks.ok("layout-table.docx: the nested table's row with two unit paragraphs",
              want in lines, "\n".join(lines))
    checks.ok("layout-table.docx: the masthead box gives the doc number",
              bool(cat) and cat["document"]["doc_number"] == "某政办发〔2024〕3号",
              json.dumps(cat["document"] if cat else err, ensure_ascii=False))


def check_parts_by_relationship(args, checks):
    chunk = ("<html><head><meta charset='utf-8'></head><body>"
             "<p><![if !supportLists]>一、<![endif]>重点任务</p>"
             "<p>1.开展爱国卫生运动。（县卫健局牵头，各乡镇配合）</p></body></html>")
    docx = os.path.join(args.work, "header-and-chunk.docx")
    write(args.work, "header-and-chunk.docx", docx_with_header_and_chunk("afchunk.htm", chunk))
    cat, err = extract(args.gongwen, docx)
    lines = task_lines(cat) if cat else [err]
    checks.ok("header-and-chunk.docx: the first page's header gives the doc number",
              bool(cat) and cat["document"]["doc_number"] == "某政办发〔2019〕12号",
              json.dumps(cat["document"] if cat else err, ensure_ascii=False))
    want = "开展爱国卫生运动。(县卫健局牵头,各乡镇配合) | units ['县卫健局/lead', '各乡镇/cooperating'] | dues []"
    checks.ok("header-and-chunk.docx: the imported HTML chunk's task", want in lines,
              "\n".join(lines))
    mht = os.path.join(args.work, "mht-chunk.docx")
    write(args.work, "mht-chunk.docx",
          docx_with_header_and_chunk("afchunk.mht", "MIME-Version: 1.0\r\n\r\n"))
    r = run([args.gongwen, "extract", "-q", mht])
    checks.ok("mht-chunk.docx: refused, naming the chunk",
              r.returncode != 0 and "afchunk.mht" in r.stderr, r.stderr)


def check_charsets(args, checks):
    """A page in Big5 with a byte that is no Big5: read whole, the byte replaced."""
    page = ('<html><head><meta charset="big5"></head><body><p>第一段通知內容</p>'
            "<p>BAD</p><p>第三段內容</p></body></html>")
    path = os.path.join(args.work, "big5.html")
    open(path, "wb").write(page.encode("big5").replace(b"BAD", b"\xff\xff\x80\x80"))
    cat, error = extract(args.gongwen, path)
    checks.ok("Big5 page with a bad byte read whole",
              cat is not None and "第三段內容" in cat.get("text", ""), error)


def check_bad(args, checks):
    with open(os.path.join(args.work, "very-deep.html"), "w") as f:
        f.write("<html><body>" + "<div>" * 100000 + "<p>深</p></body></html>")
    with open(os.path.join(args.work, "very-deep.xml"), "w") as f:
        f.write('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                'main"><w:body>' + "<w:customXml>" * 100000 + "</w:customXml>" * 100000 +
                "</w:body></w:document>")
    for name, extra, fragment in BAD:
        path = os.path.join(args.work, name[5:]) if name.startswith("work/") \
            else os.path.join(FIX, name)
        r = run([args.gongwen, "extract", "-q"] + extra + [path])
        label = "%s %s" % (name, " ".join(extra))
        one_line = r.stderr.count("\n") == 1
        checks.ok(label.strip() + " refused",
                  r.returncode == 1 and fragment in r.stderr and one_line,
                  "  exit %d, stderr: %s  expected: %s" % (r.returncode, r.stderr.strip(), fragment))
        checks.ok(label.strip() + " reads no file", "root:" not in r.stdout + r.stderr)
    # Above libxml2's own bound (256) deeper content would be lost: an error too.
    r = run([args.gongwen, "extract", "-q", "--max-xml-depth", "1000",
             os.path.join(FIX, "bad", "deep.html")])
    checks.ok("bad/deep.html --max-xml-depth 1000 refused",
              r.returncode == 1 and "nested deeper than libxml2 allows" in r.stderr, r.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongwen", required=True)
    ap.add_argument("--dump", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    checks = Checks()
    check_notices(args, checks)
    check_edge_cases(args, checks)
    check_layout_boxes(args, checks)
    check_parts_by_relationship(args, checks)
    check_charsets(args, checks)
    check_bad(args, checks)
    if checks.failed:
        print("word: %d checks passed, %d failed" % (checks.passed, len(checks.failed)))
        sys.exit(1)
    print("word: %d checks passed" % checks.passed)


if __name__ == "__main__":
    main()
