"""``juri --self-test``: the whole chain of trust, end to end, wherever Juri is installed.

Made for the frozen bundle on a juror's laptop and for CI: a demo competition is created in a
temporary folder, the package verified, a score changed and exported, the result verified,
every result merged, sheets printed, and (from the GUI side, see ``ui/selftest.py``) the Qt
pieces a bundle most often lacks exercised offscreen. Each step prints one line; any failure
makes the exit status non-zero and says which step failed and why.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.i18n import translate


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    detail: str = ""
    skipped: bool = False


class SelfTest:
    """Runs named steps in order, each with the state the earlier steps left behind."""

    def __init__(self, folder: Path, report: Callable[[str], None] = print) -> None:
        self.folder = folder
        self.report = report
        self.results: list[StepResult] = []
        self.state: dict[str, Any] = {}

    def step(self, name: str, action: Callable[[], str]) -> bool:
        if self.results and not self.results[-1].ok:
            self.results.append(
                StepResult(name, False, 0.0, translate("SelfTest", "skipped"), skipped=True)
            )
            self.report(f"SKIP  {name}")
            return False
        start = time.perf_counter()
        try:
            detail = action() or ""
            ok = True
        except Exception as error:  # the report names every failure, whatever it is
            detail = f"{type(error).__name__}: {error}"
            self.state.setdefault("tracebacks", []).append(traceback.format_exc())
            ok = False
        seconds = time.perf_counter() - start
        self.results.append(StepResult(name, ok, seconds, detail))
        mark = "OK  " if ok else "FAIL"
        self.report(f"{mark}  {name} ({seconds:.2f} s)" + (f": {detail}" if detail else ""))
        return ok

    @property
    def passed(self) -> bool:
        return all(result.ok for result in self.results)


def core_steps(test: SelfTest) -> None:
    """Demo, package, score, export, verify, merge — the headless chain."""
    from app.demo.create import DEMO_PASSPHRASE, create_demo
    from app.merge.intake import InputFile
    from app.merge.service import merge
    from app.package.reader import open_package
    from app.results.verify import check_result
    from app.services.wiring import open_workspace

    state = test.state

    def make_demo() -> str:
        state["demo"] = demo = create_demo(test.folder / "demo", simulate=True)
        return translate("SelfTest", "{n} signed results").format(n=len(demo.results))

    def verify_package() -> str:
        state["package"] = package = open_package(state["demo"].package)
        return translate("SelfTest", "signed by {fingerprint}, {n} submissions").format(
            fingerprint=package.signer_fingerprint, n=len(package.manifest.submissions)
        )

    def score_and_export() -> str:
        demo = state["demo"]
        with open_workspace(demo.workspaces["J01"]) as ws:
            package = ws.packages.list()[0]
            code = ws.scoring.submissions(package.id)[0].code
            criterion = ws.packages.manifest(package.id).rubric.codes[-1]
            ws.scoring.set_score(package.id, code, criterion, Decimal(9))
            state["export"] = ws.results.export(
                package.id, DEMO_PASSPHRASE, test.folder / "results"
            )
        return translate("SelfTest", "version {n} written").format(n=state["export"].sequence)

    def verify_result() -> str:
        package = state["package"]
        check = check_result(
            state["export"].path.read_bytes(), package.manifest, package.manifest_sha256
        )
        if not check.valid:
            raise RuntimeError(check.reason)
        return check.reason

    def merge_results() -> str:
        package = state["package"]
        files = [
            InputFile(path.name, path.read_bytes())
            for path in [*state["demo"].results, state["export"].path]
        ]
        report = merge(files, package.manifest, package.manifest_sha256)
        accepted = len(report.intake.accepted)
        if accepted != 4 or not report.standings:
            raise RuntimeError(f"{accepted} results accepted, {len(report.standings)} ranked")
        state["merge"] = report
        return translate(
            "SelfTest", "{accepted} results accepted, {ranked} submissions ranked"
        ).format(accepted=accepted, ranked=len(report.standings))

    def print_sheets() -> str:
        """Blank and filled sheets: ReportLab, the embedded fonts and the QR code together."""
        from app.reports.sheets import assigned_pairs, write_blank_sheets, write_filled_sheets

        package = state["package"]
        blank = write_blank_sheets(
            package.manifest, test.folder / "blank.pdf", assigned_pairs(package.manifest, ["J01"])
        )
        filled = write_filled_sheets(
            package, state["export"].path.read_bytes(), test.folder / "filled.pdf"
        )
        for report in (blank, filled):
            if report.path is None or not report.path.read_bytes().startswith(b"%PDF-"):
                raise RuntimeError(f"no PDF written for {report.sheets} sheets")
        return translate(
            "SelfTest", "{blank} blank and {filled} filled sheets, {pages} pages"
        ).format(blank=blank.sheets, filled=filled.sheets, pages=blank.pages + filled.pages)

    test.step(translate("SelfTest", "make the demo competition"), make_demo)
    test.step(translate("SelfTest", "verify the package"), verify_package)
    test.step(translate("SelfTest", "score and export a signed result"), score_and_export)
    test.step(translate("SelfTest", "verify the result"), verify_result)
    test.step(translate("SelfTest", "merge and rank every result"), merge_results)
    test.step(translate("SelfTest", "print evaluation sheets"), print_sheets)
