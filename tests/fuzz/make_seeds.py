#!/usr/bin/env python3
"""Write the seed corpora of the fuzz targets (run by tests/mk/80-fuzz.mk).

usage: make_seeds.py OUTDIR NOTICE.txt... [--fixtures DIR]

Writes OUTDIR/corpus-{text,extract,docx,wordxml,html}/ from the plain-text
notices: whole notices and pieces of a few KB (small inputs fuzz faster),
the pieces re-encoded (GB18030, UTF-16) for the text target, and turned into
.docx packages, Word XML (bare w:document, flat OPC, Word 2003 XML) and HTML
for the other readers. Files under the fixtures directory are added to the
corpus of their format when there are any. Nothing here is committed.
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from ooxml import W_NS, docx_bytes, docx_with_header_and_chunk, write  # noqa: E402

PIECE = 3000  # bytes of text in one piece

def pieces(text):
    """Split a notice into pieces of about PIECE bytes at line ends."""
    out, cur, size = [], [], 0
    for line in text.splitlines(keepends=True):
        cur.append(line)
        size += len(line.encode())
        if size >= PIECE:
            out.append("".join(cur))
            cur, size = [], 0
    if cur:
        out.append("".join(cur))
    return out


def groups(text):
    """Lines grouped into ('p', line) and ('table', [rows of cells])."""
    out = []
    for line in text.splitlines():
        if "\t" in line:
            cells = line.split("\t")
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            out.append(("p", line))
    return out


def w_body(text, prefix="w"):
    parts = []
    for kind, item in groups(text):
        if kind == "p":
            parts.append(
                f"<{prefix}:p><{prefix}:r><{prefix}:t xml:space=\"preserve\">{escape(item)}"
                f"</{prefix}:t></{prefix}:r></{prefix}:p>"
            )
        else:
            rows = "".join(
                f"<{prefix}:tr>"
                + "".join(
                    f"<{prefix}:tc><{prefix}:p><{prefix}:r><{prefix}:t>{escape(c)}</{prefix}:t>"
                    f"</{prefix}:r></{prefix}:p></{prefix}:tc>"
                    for c in row
                )
                + f"</{prefix}:tr>"
                for row in item
            )
            parts.append(f"<{prefix}:tbl>{rows}</{prefix}:tbl>")
    return "".join(parts)


def document_xml(text):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{w_body(text)}</w:body></w:document>'
    )


def flat_opc(text):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
        '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">'
        f'<pkg:xmlData><w:document xmlns:w="{W_NS}"><w:body>{w_body(text)}</w:body>'
        "</w:document></pkg:xmlData></pkg:part></pkg:package>"
    )


def word2003(text):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">'
        f"<w:body>{w_body(text)}</w:body></w:wordDocument>"
    )


def html(text):
    parts = []
    for kind, item in groups(text):
        if kind == "p":
            parts.append(f"<p>{escape(item)}</p>")
        else:
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in item
            )
            parts.append(f"<table>{rows}</table>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>通知</title></head>'
        f"<body>{''.join(parts)}</body></html>"
    )


def docx(text, compression=zipfile.ZIP_DEFLATED):
    return docx_bytes(document_xml(text), compression=compression)


def main(argv):
    fixtures = None
    if "--fixtures" in argv:
        i = argv.index("--fixtures")
        fixtures = argv[i + 1]
        del argv[i : i + 2]
    out, notices = argv[0], argv[1:]
    dirs = {}
    for t in ("text", "extract", "docx", "wordxml", "html"):
        dirs[t] = os.path.join(out, "corpus-" + t)
        os.makedirs(dirs[t], exist_ok=True)

    for path in notices:
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        write(dirs["text"], stem + ".txt", text)
        for i, piece in enumerate(pieces(text)):
            name = f"{stem}-{i}"
            write(dirs["text"], name + ".txt", piece)
            # option byte (fuzz_common.h): plain, pretty+no text, tight, round trip
            write(dirs["extract"], name, bytes([(0, 3, 4, 8)[i % 4]]) + piece.encode())
            write(dirs["docx"], name + ".docx",
                  docx(piece, zipfile.ZIP_STORED if i % 3 == 2 else zipfile.ZIP_DEFLATED))
            write(dirs["docx"], name + ".document.xml", document_xml(piece))
            write(dirs["wordxml"], name + ".xml", (document_xml, flat_opc, word2003)[i % 3](piece))
            write(dirs["html"], name + ".html", html(piece))
            if i == 0:
                write(dirs["text"], name + ".gb18030.txt", piece.encode("gb18030"))
                write(dirs["text"], name + ".utf16le.txt", b"\xff\xfe" + piece.encode("utf-16-le"))
                write(dirs["text"], name + ".utf16be.txt", piece.encode("utf-16-be"))
                write(dirs["text"], name + ".bom.txt", b"\xef\xbb\xbf" + piece.encode())

    # Hand-made seeds for corners the notices do not reach.
    write(dirs["html"], "tiny.html",
          "<html><body><h1>关于做好工作的通知</h1><p>一、加强领导（牵头单位：区应急局）</p>"
          "<ol><li>2023年6月底前完成</li></ol><table><tr><td>序号</td><td>任务</td>"
          "<td colspan=2>责任单位</td></tr></table></body></html>")
    write(dirs["docx"], "header-and-chunk.docx", docx_with_header_and_chunk(
        "afchunk.htm", "<html><body><p>1.开展爱国卫生运动。（县卫健局牵头）</p>"
        "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr></table></body></html>"))
    write(dirs["wordxml"], "tiny.xml",
          f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/>'
          "</w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:t>总体要求</w:t></w:r></w:p>"
          "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>"
          "</w:tcPr><w:p><w:r><w:t>区教委</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
          "</w:body></w:document>")

    if fixtures and os.path.isdir(fixtures):
        kinds = {".docx": "docx", ".xml": "wordxml", ".html": "html", ".htm": "html",
                 ".txt": "text"}
        for root, _, files in os.walk(fixtures):
            for name in files:
                kind = kinds.get(os.path.splitext(name)[1].lower())
                path = os.path.join(root, name)
                if kind and os.path.getsize(path) <= 256 << 10:
                    with open(path, "rb") as f:
                        rel = os.path.relpath(path, fixtures).replace(os.sep, "_")
                        write(dirs[kind], "fixture-" + rel, f.read())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
