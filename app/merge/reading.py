"""Reliability in plain words: what an alpha or an ICC says, by which published standard, and
what the chair should do about it.

- **Krippendorff's alpha** (Krippendorff 2004, *Content Analysis*, 2nd ed., p. 241): rely on
  data with α ≥ 0.800; draw only tentative conclusions from 0.667 ≤ α < 0.800; below 0.667
  the data are not reliable.
- **ICC** (Koo & Li 2016, "A Guideline of Selecting and Reporting Intraclass Correlation
  Coefficients for Reliability Research", *J. Chiropr. Med.* 15(2)): below 0.50 poor,
  0.50–0.75 moderate, 0.75–0.90 good, above 0.90 excellent. The form read is the one of the
  panel's mean, since the ranking averages the jurors: ICC2k when every juror scored the
  submissions (crossed), ICC1k when jurors share them out (one-way).

The verdict follows the ICC of the panel's mean when there is one (the ranking rests on that
mean), else alpha; when alpha, which reads single jurors, is worse, the advice says so. A
value below 0 means the jurors agree less than chance would: the scores say more about
who scored than about the submission (or a juror read the scale the wrong way round).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from fractions import Fraction

from app.i18n import translate
from app.merge.agreement import CROSSED, ONE_WAY, TOTAL, Reliability

ALPHA_RELIABLE = Fraction(800, 1000)
ALPHA_TENTATIVE = Fraction(667, 1000)
ICC_BANDS = (Fraction(1, 2), Fraction(3, 4), Fraction(9, 10))  # poor | moderate | good | …
#: fewer submissions scored by several jurors say too little to read in words: on two, an ICC
#: of the mean came out 2.667 and read "excellent" (Koo & Li ask for 30 for a reliability
#: study; a round of a handful shows its values, read as too few)
MIN_READ = 5


class Verdict(IntEnum):
    """How far the panel's scores can be relied on (worse is lower)."""

    POOR = 0
    MODERATE = 1
    GOOD = 2

    @property
    def key(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Reading:
    """One reliability row read: each statistic's band, the overall verdict, the advice."""

    alpha_band: str | None  # "reliable", "tentative", "unreliable"
    icc_form: str | None  # the ICC read: "ICC2k" (crossed) or "ICC1k" (one-way)
    icc_band: str | None  # "excellent", "good", "moderate", "poor"
    verdict: Verdict | None  # the mean's ICC's when there is one, else alpha's; None: neither
    below_chance: bool  # a value below 0
    single_worse: bool = False  # alpha (single jurors) reads worse than the mean's ICC
    too_few: int | None = None  # the submissions, when too few to read (below MIN_READ)
    icc_too_few: int | None = None  # the ICC's rows, when only the ICC has too few to read

    def text(self) -> str:
        """The statistics' bands, in words (e.g. "α: unreliable (below 0.667); ICC1k: good")."""
        parts = []
        if self.alpha_band is not None:
            parts.append(
                translate("Reliability", "α: {band}").format(band=_alpha_words()[self.alpha_band])
            )
        if self.icc_band is not None:
            parts.append(
                translate("Reliability", "{form}: {band}").format(
                    form=self.icc_form, band=_icc_words()[self.icc_band]
                )
            )
        if self.too_few is not None:
            count = self.too_few  # a plain name, for lupdate
            return translate("Reliability", "not read: too few submissions (%n)", None, count)
        if self.icc_too_few is not None:
            rows = self.icc_too_few  # a plain name, for lupdate
            parts.append(
                translate(
                    "Reliability",
                    "ICC not read: too few submissions scored by the same jurors (%n)",
                    None,
                    rows,
                )
            )
        return "; ".join(parts) or translate("Reliability", "not computable")

    def advice(self) -> str:
        """What the chair should do."""
        if self.too_few is not None:
            return translate(
                "Reliability",
                "Too few submissions were scored by two or more jurors to "
                "measure agreement; it says nothing yet about the ranking.",
            )
        if self.verdict is None:
            return translate(
                "Reliability",
                "Agreement could not be measured on these scores; it says nothing yet "
                "about the ranking.",
            )
        advice = {
            Verdict.GOOD: translate(
                "Reliability", "The jurors agree: the ranking can rest on these scores."
            ),
            Verdict.MODERATE: translate(
                "Reliability",
                "Use with care: discuss close places and the flagged "
                "submissions in the plenary before deciding.",
            ),
            Verdict.POOR: translate(
                "Reliability",
                "The jurors do not agree: the scores say much about who scored. "
                "Before deciding, discuss the disagreements, add a third juror where a pair "
                "differs widely, and go through the rubric's descriptors with the jurors.",
            ),
        }[self.verdict]
        if self.single_worse:
            advice += " " + translate(
                "Reliability",
                "Single jurors agree less (α): the ranking rests on several "
                "jurors per submission, so keep every submission at the minimum of complete "
                "evaluations and discuss the disagreements.",
            )
        if self.below_chance:
            advice += " " + translate(
                "Reliability",
                "A value below 0 means less agreement than chance: check "
                "whether a juror read the scale the wrong way round.",
            )
        return advice


def _alpha_words() -> dict[str, str]:
    return {
        "reliable": translate("Reliability", "reliable (0.800 or more)"),
        "tentative": translate("Reliability", "tentative conclusions only (0.667–0.800)"),
        "unreliable": translate("Reliability", "unreliable (below 0.667)"),
    }


def _icc_words() -> dict[str, str]:
    return {
        "excellent": translate("Reliability", "excellent (above 0.90)"),
        "good": translate("Reliability", "good (0.75–0.90)"),
        "moderate": translate("Reliability", "moderate (0.50–0.75)"),
        "poor": translate("Reliability", "poor (below 0.50)"),
    }


def sources() -> str:
    """The standards the readings follow, for a note under any table of readings."""
    return translate(
        "Reliability",
        "Readings: Krippendorff's alpha by Krippendorff (2004): 0.800 or more "
        "reliable, 0.667–0.800 tentative conclusions only, below 0.667 unreliable. ICC by Koo "
        "& Li (2016): below 0.50 poor, 0.50–0.75 moderate, 0.75–0.90 good, above 0.90 "
        "excellent; the ICC read is that of the jurors' mean (ICC2k when every juror scored "
        "the submissions, ICC1k when they share them out), as the ranking averages jurors.",
    )


def advice(items: Sequence[Reliability]) -> list[str]:
    """What to do, once for the whole table: the weighted total's advice (what the ranking
    rests on), then the criteria the jurors do not agree on."""
    found = []
    total = next((item for item in items if item.view == TOTAL), None)
    if total is not None:
        found.append(read(total).advice())
    poor = [
        item.view for item in items if item.view != TOTAL and read(item).verdict is Verdict.POOR
    ]
    if poor:
        codes = ", ".join(poor)  # a plain name, for lupdate
        found.append(
            translate(
                "Reliability",
                "The jurors do not agree on {codes}: go through these criteria's "
                "descriptors with them.",
            ).format(codes=codes)
        )
    return found


def panel_icc(item: Reliability) -> tuple[str | None, Fraction | None]:
    """The ICC form of the panel's mean for the row's design, and its value."""
    form = {CROSSED: "ICC2k", ONE_WAY: "ICC1k"}.get(item.design or "")
    return form, None if form is None else item.icc.get(form)


def read(item: Reliability) -> Reading:
    """Alpha is read on every submission scored by two or more jurors, the ICC on those its
    design uses (scored by the same jurors): a third juror on a few submissions leaves the
    ICC few rows while alpha still reads them all."""
    if max(item.paired, item.submissions) < MIN_READ:
        return Reading(None, None, None, None, False, too_few=max(item.paired, item.submissions))
    alpha = item.alpha
    form, icc = panel_icc(item)
    icc_too_few = item.submissions if item.submissions < MIN_READ else None
    if icc_too_few is not None:
        icc = None
    if icc is not None and icc > 1:  # no correlation is above 1: an artefact, not agreement
        icc = None
    alpha_band = (
        None
        if alpha is None
        else (
            "reliable"
            if alpha >= ALPHA_RELIABLE
            else "tentative"
            if alpha >= ALPHA_TENTATIVE
            else "unreliable"
        )
    )
    icc_band = (
        None
        if icc is None
        else (
            "poor"
            if icc < ICC_BANDS[0]
            else "moderate"
            if icc < ICC_BANDS[1]
            else "good"
            if icc <= ICC_BANDS[2]
            else "excellent"
        )
    )
    alpha_verdict = (
        None
        if alpha_band is None
        else {"reliable": Verdict.GOOD, "tentative": Verdict.MODERATE, "unreliable": Verdict.POOR}[
            alpha_band
        ]
    )
    icc_verdict = (
        None
        if icc_band is None
        else {
            "excellent": Verdict.GOOD,
            "good": Verdict.GOOD,
            "moderate": Verdict.MODERATE,
            "poor": Verdict.POOR,
        }[icc_band]
    )
    below = any(v is not None and v < 0 for v in (alpha, *item.icc.values()))
    # the ranking rests on the jurors' mean: its ICC decides when there is one
    verdict = icc_verdict if icc_verdict is not None else alpha_verdict
    single_worse = alpha_verdict is not None and verdict is not None and alpha_verdict < verdict
    if icc_too_few is not None:
        below = alpha is not None and alpha < 0
    return Reading(
        alpha_band,
        form if icc_band else None,
        icc_band,
        verdict,
        below,
        single_worse,
        icc_too_few=icc_too_few,
    )
