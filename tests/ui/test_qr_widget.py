"""The QR code in the juror's window scans to the video link (a phone held to the screen)."""

from __future__ import annotations

from PIL import Image

from tests.reports.pdf import qr_texts
from ui.qr_widget import QrCodeWidget


def test_the_painted_code_scans_to_the_link(qtbot, tmp_path) -> None:
    widget = QrCodeWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.set_text("https://youtu.be/Lw7e2PSl4ds")
    widget.grab().save(str(tmp_path / "qr.png"))
    with Image.open(tmp_path / "qr.png") as image:
        assert qr_texts(image.convert("L")) == ["https://youtu.be/Lw7e2PSl4ds"]
