"""The GUI half of ``juri --self-test``: the Qt pieces a frozen bundle most often lacks.

Runs offscreen (no display needed): our translations and Qt's own, the SVG icon engine, QtPdf
rendering a real proposal page, print support writing a PDF, PNG images, QtMultimedia (its
absence is reported, not failed: the app falls back to the system's player), the juror's
window opening on the demo package, and the chair's window merging the demo's results (QtCharts).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from app import i18n
from app.i18n import translate
from app.selftest import SelfTest, core_steps


def run(report=print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import application

    app = application()
    i18n.install()  # $JURI_LANG, else Indonesian: the report speaks the user's language
    home = os.environ.get("JURI_HOME")
    with tempfile.TemporaryDirectory(prefix="juri-self-test-") as folder:
        os.environ["JURI_HOME"] = str(Path(folder) / "home")  # touch nothing of the user's
        try:
            test = SelfTest(Path(folder), report)
            report(translate("SelfTest", "Juri self-test in {folder}").format(folder=folder))
            core_steps(test)
            gui_steps(test, app)
        finally:  # the report below must not make files in the folder just removed
            if home is None:
                os.environ.pop("JURI_HOME", None)
            else:
                os.environ["JURI_HOME"] = home
        passed = test.passed
        for trace in test.state.get("tracebacks", []):
            print(trace, file=sys.stderr)
    failed = [r.name for r in test.results if not (r.ok or r.skipped)]
    report(
        translate("SelfTest", "All {n} steps passed.").format(n=len(test.results))
        if passed
        else translate("SelfTest", "FAILED: {steps}").format(steps=", ".join(failed))
    )
    return 0 if passed else 1


def gui_steps(test: SelfTest, app) -> None:
    state = test.state

    def translations() -> str:
        from PySide6.QtCore import QCoreApplication

        from app.domain.evaluation import EvaluationStatus

        i18n.install("id")
        try:
            ours = EvaluationStatus.COMPLETE.label()
            qt_context, qt_text = "QPlatformTheme", "Cancel"  # Qt's own catalogue, not ours
            qts = QCoreApplication.translate(qt_context, qt_text)
        finally:
            i18n.install()  # back to the language the report speaks
        if (ours, qts) != ("selesai", "Batal"):
            raise RuntimeError(f"Indonesian catalogues not loaded ({ours!r}, {qts!r})")
        return f"{ours} / {qts}"

    def text_services() -> str:
        """Qt's collation, case mapping and time zone names (ICU's data, which the Linux bundle
        trims to Juri's languages: scripts/trim-icu)."""
        from functools import cmp_to_key

        from PySide6.QtCore import QCollator, QLocale, QTimeZone

        locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        words = sorted(
            ["Zaitun", "apel", "Éclair", "bawang"], key=cmp_to_key(QCollator(locale).compare)
        )
        zone = QTimeZone(b"Asia/Makassar").displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, locale
        )
        upper = locale.toUpper("inovasi")
        if (
            words != ["apel", "bawang", "Éclair", "Zaitun"]
            or upper != "INOVASI"
            or (zone != "Waktu Indonesia Tengah")
        ):
            raise RuntimeError(f"text services differ: {words}, {upper!r}, {zone!r}")
        return f"{' < '.join(words)}; {upper}; {zone}"

    def icon() -> str:
        from PySide6.QtGui import QIcon

        from app.paths import resource_path

        pixmap = QIcon(str(resource_path("icons", "juri.svg"))).pixmap(64, 64)
        if pixmap.isNull():
            raise RuntimeError("the SVG icon engine is missing")
        return "64×64"

    def pdf() -> str:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument

        demo = state["demo"]
        proposal = sorted((demo.folder / "input" / "proposals").glob("*.pdf"))[0]
        document = QPdfDocument()
        document.load(str(proposal))
        if document.status() != QPdfDocument.Status.Ready:
            raise RuntimeError(f"QtPdf cannot load {proposal.name}")
        image = document.render(0, QSize(595, 842))
        colours = (
            {image.pixelColor(x, y).name() for x in range(0, 595, 7) for y in range(0, 842, 11)}
            if not image.isNull()
            else set()
        )
        if len(colours) < 2:
            raise RuntimeError("QtPdf rendered an empty page")
        return translate("SelfTest", "{pages} pages, page 1 rendered").format(
            pages=document.pageCount()
        )

    def printing() -> str:
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrinter

        target = test.folder / "printed.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("print support cannot open a printer")
        painter.drawText(100, 100, "Juri")
        painter.end()
        if not target.is_file() or target.stat().st_size < 200:
            raise RuntimeError("print support wrote no PDF")
        return f"{target.stat().st_size} bytes"

    def images() -> str:
        from PySide6.QtGui import QImage

        image = QImage(16, 16, QImage.Format.Format_ARGB32)
        image.fill(0xFF1F7A8C)
        target = test.folder / "image.png"
        if not image.save(str(target)) or QImage(str(target)).isNull():
            raise RuntimeError("the PNG image format is missing")
        return "PNG"

    def multimedia() -> str:
        from ui.video_player import playback_available

        if not playback_available():  # a build without a backend: handled, so it passes
            return translate(
                "SelfTest", "not in this build; videos open in the computer's own video player"
            )
        return translate("SelfTest", "available")

    def window() -> str:
        from ui.app import Launcher

        launcher = Launcher(state["demo"].workspaces["J01"], None, i18n.current_language())
        launcher.begin()
        try:
            main = launcher.window
            if main is None or main.view is None:
                raise RuntimeError("the juror's window did not open on the demo package")
            rows = main.view.submissions.proxy.rowCount()
            app.processEvents()
            return translate("SelfTest", "{title}, {n} submissions").format(
                title=main.windowTitle(), n=rows
            )
        finally:
            launcher.close()

    test.step(translate("SelfTest", "translations (Indonesian, and Qt's own)"), translations)
    test.step(translate("SelfTest", "sorting, capitals and time zone names"), text_services)
    test.step(translate("SelfTest", "application icon"), icon)
    test.step(translate("SelfTest", "render a proposal with QtPdf"), pdf)
    test.step(translate("SelfTest", "print to PDF"), printing)
    test.step(translate("SelfTest", "images"), images)
    test.step(translate("SelfTest", "video playback"), multimedia)

    def chair() -> str:
        import time

        from ui.chair.launcher import ChairLauncher

        demo = state["demo"]
        launcher = ChairLauncher(demo.package, [demo.folder / "results"], i18n.current_language())
        launcher.begin()
        try:
            main = launcher.window
            deadline = time.monotonic() + 60
            while main.busy or main.report is None or not main.report.intake.accepted:
                if time.monotonic() > deadline:
                    raise RuntimeError("the chair's window did not merge the demo's results")
                app.processEvents()
                time.sleep(0.01)
            if not main.charts.boxes:
                raise RuntimeError("QtCharts drew no box plot")
            return translate("SelfTest", "{files} files merged, {n} jurors charted").format(
                files=len(main.report.intake.verdicts), n=len(main.charts.boxes)
            )
        finally:
            launcher.close()

    test.step(translate("SelfTest", "open the juror's window on the demo"), window)
    test.step(translate("SelfTest", "merge the demo's results in the chair's window"), chair)
