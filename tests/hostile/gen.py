#!/usr/bin/env python3
"""Write the hostile input set into OUTDIR (run by tests/mk/70-hostile.mk).

usage: gen.py OUTDIR NOTICE.txt...

Every case is made here at test time (a few hundred MB in all, never
committed) and listed in OUTDIR/manifest.json, which tests/hostile/run.py
reads. A case is:
    name      what run.py prints
    file      input path, relative to OUTDIR (or absolute, as /dev/zero)
    args      extra options for `gongwen extract`
    expect    "any": exit 0 with a valid catalogue or exit 1 with an error
              line; "fail": it must be exit 1 (refused)
    stderr    (optional) a regex the error line must match
    forbid    (optional) a string neither stdout nor stderr may contain
    timeout   seconds (default 20)
    why       one line: what the case attacks

Big cases and their expected outcome (default limits, see gongwen extract -h):
  big_100m        100 MiB of one character: refused by --max-file-size
                  (64 MiB) before anything is decoded, so it gets 5 s, not 20.
  big_100m_allowed the same file with --max-file-size 200M: it is one 100 MiB
                  line, over --max-line (16 MiB), so it must be refused too,
                  within the usual 20 s and the memory cap.
  text_100m_allowed 100 MiB of real notice text in ordinary lines, with
                  --max-file-size 200M: either a catalogue or a refusal (the
                  1 GiB memory cap may be reached), within 20 s.
  zip_bomb        word/document.xml inflates from ~0.3 MB to 300 MiB, over
                  --max-unzipped (256 MiB) and --max-zip-ratio: refused.
"""
import json
import os
import random
import struct
import sys
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from ooxml import CONTENT_TYPES, RELS, W_NS, declare_size, docx_bytes, w_doc, w_p, write  # noqa: E402

MiB = 1 << 20

cases = []


def case(name, file, why, expect="any", args=(), **extra):
    c = {"name": name, "file": file, "args": list(args), "expect": expect, "why": why}
    c.update(extra)
    cases.append(c)


def deflated_docx(out, name, pieces, total):
    """A .docx whose document.xml is `pieces` repeated to `total` bytes,
    deflated at level 9 chunk by chunk (never all in memory)."""
    path = os.path.join(out, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w", force_zip64=False) as f:
            head = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>'.encode()
            tail = b"</w:body></w:document>"
            f.write(head)
            n = len(head) + len(tail)
            chunk = pieces * max(1, (1 * MiB) // len(pieces))
            while n + len(chunk) <= total:
                f.write(chunk)
                n += len(chunk)
            f.write(tail)
    return name


def set_encrypted_flag(data):
    b = bytearray(data)
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = 0
        while True:
            i = b.find(sig, i)
            if i < 0:
                break
            flags = struct.unpack_from("<H", b, i + off)[0]
            struct.pack_into("<H", b, i + off, flags | 1)
            i += 4
    return bytes(b)


def fill(out, name, unit, size):
    """Write `unit` (bytes) repeated to at most `size` bytes, in 1 MiB chunks."""
    chunk = unit * max(1, MiB // len(unit))
    with open(os.path.join(out, name), "wb") as f:
        n = 0
        while n + len(chunk) <= size:
            f.write(chunk)
            n += len(chunk)
        f.write(unit * ((size - n) // len(unit)))  # whole units: no cut character
    return name


def main(argv):
    out, notices = argv[0], argv[1:]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20240601)
    texts = [open(p, encoding="utf-8").read() for p in notices]
    notice = texts[0] if texts else "关于做好安全生产工作的通知\n一、加强领导。\n"
    allnotices = "\n".join(texts) or notice
    body = "".join(w_p(line) for line in notice.splitlines() if line and "<" not in line)

    # ---- XML: entity expansion, external entities ----------------------------
    lol = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    laughs = w_doc(w_p("&lol9;"), f"<!DOCTYPE w:document [{lol}]>\n")
    case("billion_laughs_xml", write(out, "billion_laughs.xml", laughs),
         "nested entities expanding to 3 GB (Word XML)")
    write(out, "billion_laughs.docx", docx_bytes(laughs))
    case("billion_laughs_docx", "billion_laughs.docx", "the same inside a .docx")
    big = "x" * 3000  # short enough for <w:document to stay in the sniffed head
    quad = w_doc(w_p("&a;" * 800000), f'<!DOCTYPE w:document [<!ENTITY a "{big}">]>\n')
    case("quadratic_blowup_xml", write(out, "quadratic_blowup.xml", quad),
         "one 3 KB entity used 800,000 times (2.4 GB, no nesting)", expect="fail",
         stderr="DOCTYPE that declares entities")

    passwd = "file:///etc/passwd"
    xxe = w_doc(w_p("&xxe;") + body, f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{passwd}">]>\n')
    case("xxe_xml", write(out, "xxe.xml", xxe), "external entity naming /etc/passwd",
         forbid="root:")
    write(out, "xxe.docx", docx_bytes(xxe))
    case("xxe_docx", "xxe.docx", "external entity in document.xml", forbid="root:")
    pe = w_doc(body, f'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "{passwd}"> %p;]>\n')
    case("xxe_parameter_entity", write(out, "xxe_param.xml", pe),
         "external parameter entity", forbid="root:")
    dtd = w_doc(body, f'<!DOCTYPE w:document SYSTEM "{passwd}">\n')
    case("xxe_external_dtd", write(out, "xxe_dtd.xml", dtd), "external DTD", forbid="root:")
    xi = w_doc(f'<w:p><w:r><w:t><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
               f'href="{passwd}" parse="text"/></w:t></w:r></w:p>' + body)
    case("xinclude", write(out, "xinclude.xml", xi), "XInclude of /etc/passwd", forbid="root:")
    opc = ('<?xml version="1.0"?>\n'
           f'<!DOCTYPE pkg:package [<!ENTITY xxe SYSTEM "{passwd}">]>\n'
           '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
           '<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>'
           f'<w:document xmlns:w="{W_NS}"><w:body>{w_p("&xxe;")}{body}</w:body></w:document>'
           "</pkg:xmlData></pkg:part></pkg:package>")
    case("xxe_flat_opc", write(out, "xxe_flat_opc.xml", opc), "external entity in flat OPC",
         forbid="root:")
    html_xxe = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{passwd}">]>\n'
                "<html><body><p>&xxe;</p><p>一、加强领导</p></body></html>")
    case("xxe_html", write(out, "xxe.html", html_xxe), "external entity in HTML",
         forbid="root:")

    # ---- zip ------------------------------------------------------------------
    para = f"<w:p><w:r><w:t>{'一' * 2000}</w:t></w:r></w:p>".encode()
    deflated_docx(out, "zip_bomb.docx", para, 300 * MiB)
    case("zip_bomb", "zip_bomb.docx", "document.xml inflates from ~0.3 MB to 300 MiB",
         expect="fail")
    deflated_docx(out, "zip_ratio.docx", para, 20 * MiB)
    case("zip_ratio", "zip_ratio.docx", "20 MiB from ~30 KB: over --max-zip-ratio",
         expect="fail")
    big_doc = w_doc("".join(w_p(f"第{i}段文字内容。") for i in range(150000)))
    lying = declare_size(docx_bytes(big_doc), "word/document.xml", 1000)
    case("zip_lying_size", write(out, "zip_lying_size.docx", lying),
         "headers say document.xml is 1000 bytes; it inflates to ~5 MB")
    good = docx_bytes(w_doc(body))
    case("zip_truncated", write(out, "zip_truncated.docx", good[: len(good) * 6 // 10]),
         "a .docx cut at 60% (no central directory)", expect="fail")
    case("zip_truncated_tail", write(out, "zip_truncated_tail.docx", good[:-10]),
         "a .docx missing the last 10 bytes of its end record", expect="fail")
    case("zip_no_document", write(out, "zip_no_document.docx", docx_bytes(None)),
         "a package without word/document.xml", expect="fail")
    case("zip_garbage_document",
         write(out, "zip_garbage_document.docx", docx_bytes(rng.randbytes(64 * 1024))),
         "word/document.xml is random bytes", expect="fail")
    case("zip_encrypted_flag", write(out, "zip_encrypted.docx", set_encrypted_flag(good)),
         "every entry marked encrypted", expect="fail")
    many = docx_bytes(w_doc(body), extra=[(f"word/media/x{i}.xml", "<a/>") for i in range(60000)])
    case("zip_many_entries", write(out, "zip_many_entries.docx", many),
         "60,000 entries in the central directory")
    case("zip_deep_nesting",
         write(out, "zip_deep.docx", docx_bytes(w_doc("<w:sdt><w:sdtContent>" * 100000 + w_p("x")))),
         "document.xml nested 200,000 elements deep (unclosed); the ratio cap lifted so "
         "that the depth limit is what stops it",
         args=["--max-zip-ratio", "100000"], expect="fail", stderr="nested deeper")
    case("zip_empty_file", write(out, "zip_empty.docx", b"PK\x05\x06" + b"\0" * 18),
         "an empty zip archive", expect="fail")

    # ---- Word XML and HTML structure -----------------------------------------
    case("wordxml_deep", write(out, "wordxml_deep.xml",
                               w_doc("<w:sdt><w:sdtContent>" * 50000 + w_p("一、工作任务") +
                                     "</w:sdtContent></w:sdt>" * 50000)),
         "elements nested 100,000 deep (well-formed)")
    grid = ('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2000000000"/>'
            '<w:vMerge w:val="restart"/></w:tcPr>' + w_p("区教委") + "</w:tc></w:tr>" +
            '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2000000000"/><w:vMerge/></w:tcPr>' +
            w_p("") + "</w:tc></w:tr></w:tbl>")
    case("wordxml_gridspan", write(out, "wordxml_gridspan.xml", w_doc(grid + body)),
         "a table cell spanning 2,000,000,000 columns")
    case("wordxml_wrong_root", write(out, "wordxml_wrong_root.xml", "<pkg:package/>"),
         "sniffed as Word XML, root neither w:document nor a namespaced pkg:package",
         expect="fail", stderr="root <pkg:package> is in no namespace")
    case("wordxml_foreign_root",
         write(out, "wordxml_foreign_root.xml", '<w:document xmlns:w="urn:other"/>'),
         "a w:document in another namespace than Word's", expect="fail",
         stderr="root is <document> in namespace urn:other")
    case("html_deep", write(out, "html_deep.html",
                            "<!DOCTYPE html><html><body>" + "<div>" * 100000 + "一、工作任务"),
         "<div> nested 100,000 deep, never closed")
    cells = "<table>" + ("<tr>" + "<td>x</td>" * 500 + "</tr>") * 600 + "</table>"
    case("html_table_cells", write(out, "html_table_cells.html",
                                   "<html><body>" + cells + "</body></html>"),
         "300,000 table cells (over --max-table-cells)")
    span = ('<html><body><table><tr><td colspan="2147483647" rowspan="2147483647">区教委</td>'
            '<td colspan="-5" rowspan="99999999999999999999">x</td></tr>'
            "<tr><td>一、加强领导</td></tr></table></body></html>")
    case("html_huge_span", write(out, "html_huge_span.html", span),
         "colspan/rowspan of 2^31-1, negative, and past 64 bits")
    case("html_unclosed", write(out, "html_unclosed.html",
                                "<html><body><table>" + "<tr><td><p><b><i>一、任务" * 20000),
         "20,000 rows of unclosed elements")

    # ---- sizes -----------------------------------------------------------------
    fill(out, "big_100m.txt", b"a", 100 * MiB)
    case("big_100m", "big_100m.txt", "100 MiB of 'a': over --max-file-size (64 MiB)",
         expect="fail", stderr="max-file-size", timeout=5)
    case("big_100m_allowed", "big_100m.txt",
         "the same with --max-file-size 200M: one line over --max-line (16 MiB)",
         expect="fail", args=["--max-file-size", "200M"])
    fill(out, "text_100m.txt", allnotices.encode() + b"\n", 100 * MiB)
    case("text_100m_allowed", "text_100m.txt",
         "100 MiB of notices in ordinary lines, --max-file-size 200M",
         args=["--max-file-size", "200M"])
    case("dev_zero", "/dev/zero", "an endless input (no size to check first)",
         expect="fail", timeout=10)
    sentence = "各单位要于2023年12月31日前完成（牵头单位：区应急局；配合单位：区教委），并每月报送进展，同比下降10%。"
    fill(out, "line_10m.txt", sentence.encode(), 10 * MiB)
    case("line_10m", "line_10m.txt", "a 10 MB line of task sentences")
    with open(os.path.join(out, "task_line_10m.txt"), "wb") as f:
        f.write("关于做好工作的通知\n一、".encode())
    with open(os.path.join(out, "line_10m.txt"), "rb") as src, \
            open(os.path.join(out, "task_line_10m.txt"), "ab") as f:
        f.write(src.read() + b"\n")
    case("task_line_10m", "task_line_10m.txt", "the same 10 MB line as one numbered item (一、)")
    case("brackets_open_100k",
         write(out, "brackets_open.txt", "关于做好工作的通知\n一、" + "（" * 100000 + "\n"),
         "100,000 opening brackets")
    case("brackets_nested_100k",
         write(out, "brackets_nested.txt",
               "关于做好工作的通知\n一、" + "（" * 100000 + "区教委" + "）" * 100000 + "\n"),
         "brackets nested 100,000 deep")
    plain = sentence.replace("（", "").replace("）", "")
    tail = plain * (MiB // len(plain.encode()) + 1)
    write(out, "bracket_unmatched.txt", "关于做好工作的通知\n一、加强领导（" + tail + "\n")
    case("bracket_unmatched_1m", "bracket_unmatched.txt",
         "an unmatched （ then 1 MB of text on the same line")
    lines = "\n".join(sentence.replace("（", "").replace("）", "") for _ in range(12000))
    case("bracket_unmatched_lines",
         write(out, "bracket_unmatched_lines.txt",
               "关于做好工作的通知\n一、加强领导（\n" + lines + "\n"),
         "an unmatched （ then 1.5 MB of text in lines")

    # ---- encodings ----------------------------------------------------------------
    raw = notice.encode()
    sparse = bytearray()
    for i in range(0, len(raw), 2000):
        sparse += raw[i : i + 2000] + b"\xff"
    case("invalid_utf8_sparse", write(out, "invalid_utf8_sparse.txt", bytes(sparse)),
         "a notice with a stray 0xFF every 2000 bytes")
    dense = bytearray()
    bad = [b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe4\xb8", b"\x80"]
    for i in range(0, len(raw), 20):
        dense += raw[i : i + 20] + bad[(i // 20) % len(bad)]
    case("invalid_utf8_dense", write(out, "invalid_utf8_dense.txt", bytes(dense) + b"\xe4"),
         "overlong, surrogate, out-of-range and cut sequences every 20 bytes")
    s = "\ud800".join(notice[i : i + 300] for i in range(0, len(notice), 300))
    s = s.replace("。", "。\udc00", 20)
    u16 = b"\xff\xfe" + s.encode("utf-16-le", "surrogatepass") + b"\x00"
    case("utf16le_unpaired", write(out, "utf16le_unpaired.txt", u16),
         "UTF-16LE with lone high and low surrogates and an odd last byte")
    u16be = s.encode("utf-16-be", "surrogatepass") + b"\xd8\x00"
    case("utf16be_unpaired", write(out, "utf16be_unpaired.txt", u16be),
         "UTF-16BE without BOM, lone surrogates, ends in a high surrogate")
    gbk = notice.encode("gbk", "replace")
    gbad = bytearray()
    for i in range(0, len(gbk), 500):
        gbad += gbk[i : i + 500] + (b"\x80", b"\xff", b"\x81\x20", b"\xfe\x7f")[(i // 500) % 4]
    case("gbk_invalid", write(out, "gbk_invalid.txt", bytes(gbad) + b"\x81"),
         "GBK with invalid lead/trail bytes and a cut final character")
    case("empty", write(out, "empty.txt", b""), "an empty file", expect="fail")
    case("garbage", write(out, "garbage.bin", rng.randbytes(MiB)), "1 MiB of random bytes",
         expect="fail")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + b"\x3e\x00\x03\x00\xfe\xff"
    case("legacy_doc", write(out, "legacy.doc", ole + rng.randbytes(8192)),
         "a Word 97 .doc (OLE2 header)", expect="fail", stderr=r"\.doc|OLE2")
    case("nul_bytes", write(out, "nul_bytes.txt", raw[:3000] + b"\0" + raw[3000:]),
         "a NUL byte in the middle of a notice", expect="fail")
    case("cr_only", write(out, "cr_only.txt", notice.replace("\n", "\r")),
         "old Mac line ends (CR only)")
    ws = ("   \t\u3000\n" * 150000).encode()
    case("whitespace_only", write(out, "whitespace_only.txt", ws), "1 MB of blanks")
    case("fffd_only", write(out, "fffd_only.txt", "\ufffd" * 300000), "U+FFFD x 300,000")
    nfkc = "\n".join("\ufdfa" * 100 for _ in range(7000))
    case("nfkc_expansion", write(out, "nfkc_expansion.txt", "关于通知\n" + nfkc),
         "2 MB of U+FDFA (18 code points each under NFKC)")
    marks = "a" + "\u0301\u0316" * 100000
    case("combining_marks", write(out, "combining_marks.txt", "一、" + marks + "\n"),
         "one base letter with 200,000 alternating combining marks")

    # ---- structure -----------------------------------------------------------------
    head = "关于开展专项整治工作的通知\n各乡镇人民政府，区级各部门：\n"
    items = "".join(f"{i}. 各单位要于2024年{i % 12 + 1}月{i % 28 + 1}日前完成第{i}项工作（牵头单位：区应急局）。\n"
                    for i in range(1, 50001))
    case("items_50000_flat", write(out, "items_50000_flat.txt", head + items),
         "50,000 items numbered 1. to 50000. (max tasks is 20,000)")
    digits = "零一二三四五六七八九"

    def cn_number(n):  # 1..100
        if n < 10:
            return digits[n]
        if n == 100:
            return "一百"
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")

    sections = "".join(
        f"{cn_number(s)}、第{s}方面工作\n" +
        "".join(f"{i}. 各单位要于2024年{i % 12 + 1}月{i % 28 + 1}日前完成第{i}项工作"
                f"（牵头单位：区应急局）。\n" for i in range(1, 501))
        for s in range(1, 101))
    case("items_50000", write(out, "items_50000.txt", head + sections),
         "100 sections of 500 numbered items (max tasks is 20,000)")
    levels = ["{cn}、", "（{cn}）", "{n}.", "（{n}）", "{circ}"]
    cn = "一二三四五六七八九十"
    nested = []
    for i in range(20000):
        k = i % 5
        nested.append(levels[k].format(cn=cn[i % 10], n=i % 50 + 1, circ=chr(0x2460 + i % 20)) +
                      "由区教委负责，每季度报送。")
    case("items_nested", write(out, "items_nested.txt", head + "\n".join(nested) + "\n"),
         "20,000 items cycling through five numbering levels")
    wide = ("\t".join(f"单位{i}" for i in range(300)) + "\n") * 1000
    case("tabs_wide", write(out, "tabs_wide.txt", head + wide),
         "rows of 300 tab cells: too wide to be a table, read as lines")
    many = ("\t".join(f"单位{i}" for i in range(40)) + "\n") * 6000
    case("tabs_many_cells", write(out, "tabs_many_cells.txt", head + many),
         "a tab table of 6000 x 40 cells, over --max-table-cells (tried again at every row, "
         "it once took gigabytes)", expect="fail", stderr="max-table-cells")
    case("tabs_one_line", fill(out, "tabs_one_line.txt", b"\t", 2 * MiB),
         "one line of 2 million tabs")
    nums = ("第99999999999999999999999条 九千九百九十九亿亿亿亿亿亿年十三月四十五日前 "
            "99999999999999999999年99999999999999999999月99999999999999999999日 "
            "增长99999999999999999999.999999999%以上 每99999999999999999999天 "
            "2023年2月30日 2023年0月0日 -2147483648年 第4294967296季度\n")
    case("number_overflow", write(out, "number_overflow.txt", head + "一、" + nums * 2000),
         "numbers and dates far past 64 bits, impossible dates")
    case("targets_many",
         write(out, "targets_many.txt",
               head + "一、" + "".join(f"新建{i % 90 + 10}个站点，" for i in range(20000)) + "\n"),
         "one item with 20,000 quantitative targets")
    case("counts_run_together",
         write(out, "counts_run_together.txt",
               head + "一、" + "建成3个" * 200000 + "建成三个" * 200000 + "\n"),
         "400,000 counts in one clause, digits and Chinese numerals, no separator between them",
         timeout=10)
    case("titles_unclosed",
         write(out, "titles_unclosed.txt",
               head + "一、" + "".join(f"《完成{i % 90 + 10}项，" for i in range(20000)) + "\n"),
         "20,000 unclosed 《 each followed by a target")
    case("one_huge_item", write(out, "one_huge_item.txt",
                                head + "一、" + "由区教委、区应急局、" * 300000 + "负责。\n"),
         "one task naming 600,000 units")

    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
