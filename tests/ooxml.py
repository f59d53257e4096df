"""Minimal Word files for the test generators (tests/hostile/gen.py,
tests/fuzz/make_seeds.py): the package parts every .docx needs, a
w:document around a body, and the .docx container itself."""
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
