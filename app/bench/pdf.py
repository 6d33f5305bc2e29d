"""Synthetic proposal PDFs: a real one-page PDF (the juror's window renders it) carrying
``padding`` random bytes in an unreferenced stream, so the file is as large as a proposal and
costs the same to hash, and no two files are alike."""

from __future__ import annotations

import random


def proposal_pdf(title: str, size: int, rng: random.Random) -> bytes:
    text = title.replace("\\", "").replace("(", "").replace(")", "").encode("latin-1", "replace")
    content = b"BT /F1 18 Tf 72 760 Td (" + text + b") Tj ET"
    objects: list[bytes | None] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        None,  # the padding stream, sized last
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    fixed = 600 + sum(len(o) for o in objects if o is not None)
    padding = rng.randbytes(max(size - fixed, 0))
    objects[4] = b"<< /Length %d >>\nstream\n" % len(padding) + padding + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + (body or b"") + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
