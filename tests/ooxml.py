"""Minimal Word files for the test generators (tests/hostile/gen.py,
tests/fuzz/make_seeds.py, tests/fixtures/make_fixtures.py): the package
parts every .docx needs, a w:document around a body, the .docx container
itself, and a container that lies about an entry's size."""
import io
import os
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def w_doc(body_xml, doctype=""):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + doctype +
        f'<w:document xmlns:w="{W_NS}"><w:body>{body_xml}</w:body></w:document>'
    )


def w_p(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_bytes(document_xml, extra=(), compression=zipfile.ZIP_DEFLATED):
    """A .docx holding document_xml (none when None) and the (name, data) of extra."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        if document_xml is not None:
            z.writestr("word/document.xml", document_xml)
        for name, data in extra:
            z.writestr(name, data)
    return buf.getvalue()


def write(directory, name, data):
    """Write data (bytes, or text as UTF-8) to directory/name; returns name."""
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)
    return name


def declare_size(data, entry, size):
    """`data` (a zip) declaring `size` uncompressed bytes for `entry`, in its
    local header and in the central directory, as a crafted archive would
    (the entry's bytes and CRC stay as they are)."""
    b = bytearray(data)
    raw = entry.encode()
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30),
                                               (b"PK\x01\x02", 24, 28, 46)):
        pos = b.find(sig)
        while pos >= 0:
            n = int.from_bytes(b[pos + name_len_at:pos + name_len_at + 2], "little")
            if b[pos + name_at:pos + name_at + n] == raw:
                b[pos + size_at:pos + size_at + 4] = size.to_bytes(4, "little")
            pos = b.find(sig, pos + 4)
    return bytes(b)


R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def docx_with_header_and_chunk(chunk_name, chunk_data):
    """A .docx whose first page has its own header (the 版头 and 发文字号) and
    whose body imports a chunk (w:altChunk), as OA templates make them."""
    body = ("<w:p><w:r><w:t>关于开展创卫工作的通知</w:t></w:r></w:p>"
            '<w:altChunk r:id="htmlChunk1"/>'
            '<w:sectPr><w:headerReference w:type="first" r:id="rId9"/>'
            "<w:titlePg/></w:sectPr>")
    document = ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>')
    header = (f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W_NS}">'
              "<w:p><w:r><w:t>某某县人民政府办公室文件</w:t></w:r></w:p>"
              "<w:p><w:r><w:t>某政办发〔2019〕12号</w:t></w:r></w:p></w:hdr>")
    rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
            f'<Relationship Id="rId9" Type="{R_NS}/header" Target="header1.xml"/>'
            f'<Relationship Id="htmlChunk1" Type="{R_NS}/aFChunk" Target="{chunk_name}"/>'
            "</Relationships>")
    return docx_bytes(document, [("word/header1.xml", header),
                                 ("word/_rels/document.xml.rels", rels),
                                 ("word/" + chunk_name, chunk_data)])
