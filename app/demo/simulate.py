"""Plausible juror behaviour for the demo: lenient and strict jurors, noise, one recusal, one
strong disagreement and one unfinished evaluation, so the chair's views have something to show."""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from app.demo.photo import visit_photo
from app.domain.competition import Manifest, RoundKind
from app.domain.evaluation import QuestionNote, Recommendation
from app.domain.numbers import round_half_up
from app.domain.rubric import Criterion
from app.i18n import format_decimal
from app.services.scoring import Source
from app.services.wiring import Services

COMMENTS = {
    "low": (
        "Uraian masih umum dan belum didukung data.",
        "Perlu bukti yang lebih konkret.",
        "Belum terlihat perbedaan dengan layanan sebelumnya.",
    ),
    "mid": (
        "Cukup jelas, tetapi data pendukung terbatas.",
        "Sudah berjalan, perlu penguatan dokumentasi.",
        "Ada upaya yang baik, dampak belum terukur penuh.",
    ),
    "high": (
        "Didukung data sebelum dan sesudah yang meyakinkan.",
        "Jelas, terukur, dan melibatkan mitra.",
        "Sangat kuat dan layak direplikasi.",
    ),
}


@dataclass(frozen=True)
class JurorHabits:
    leniency: float  # points added to every score (negative: strict)
    noise: float  # spread of the juror's scores
    recuse: str | None = None  # submission code with a conflict of interest
    harsh_on: str | None = None  # submission the juror sees very differently
    leave_unfinished: str | None = None


QUESTIONS = (
    (
        "Bagaimana inovasi ini dibiayai setelah tahun pertama?",
        "Masuk APBD rutin sejak tahun kedua; ada MoU dengan BUMD.",
    ),
    (
        "Data apa yang menunjukkan dampaknya?",
        "Waktu layanan turun dari 14 hari menjadi 3 hari; survei kepuasan naik.",
    ),
    (
        "Apakah sudah direplikasi di daerah lain?",
        "Dua kabupaten tetangga sedang mereplikasi; belum ada evaluasi.",
    ),
    (
        "Bagaimana kelompok rentan dilibatkan?",
        "Ada layanan jemput bola untuk lansia dan penyandang disabilitas.",
    ),
)


def simulate_juror(
    ws: Services,
    package_id: str,
    manifest: Manifest,
    quality: dict[str, float],
    habits: JurorHabits,
    seed: int,
    only: Collection[str] | None = None,
) -> None:
    """Score every assigned submission (or those in ``only``) through the workspace services,
    as a juror would; in a field round the juror also ticks the checklist and writes notes."""
    rng = random.Random(seed)
    juror_id = ws.packages.get(package_id).juror_id
    assigned = manifest.assigned(juror_id)
    for special in (habits.recuse, habits.harsh_on, habits.leave_unfinished):
        if special is not None and special not in assigned:
            raise ValueError(f"demo habit names {special}, not assigned to {juror_id}")
    if only is not None:
        assigned = tuple(c for c in assigned if c in only)
    for code in assigned:
        if code == habits.recuse:
            ws.scoring.recuse(
                package_id,
                code,
                "Pernah menjadi narasumber pada pengembangan inovasi ini (konflik kepentingan).",
                source=Source.CLI,
            )
            continue
        base = 1 + 9 * quality[code] + habits.leniency - (3.5 if code == habits.harsh_on else 0)
        criteria = list(manifest.rubric)
        if code == habits.leave_unfinished:
            criteria = criteria[:-2]
        for criterion in criteria:
            score = _score(criterion, base + rng.gauss(0, habits.noise))
            ws.scoring.set_score(package_id, code, criterion.code, score, source=Source.CLI)
            if criterion.weight >= 15 or rng.random() < 0.3:
                band = "low" if score <= 4 else "high" if score >= 8 else "mid"
                ws.scoring.set_comment(
                    package_id, code, criterion.code, rng.choice(COMMENTS[band]), source=Source.CLI
                )
        if manifest.round.kind is RoundKind.FIELD:
            _visit(ws, package_id, code, manifest, seed)
        elif manifest.round.kind is RoundKind.INTERVIEW:
            _interview(ws, package_id, code, rng)
        state = ws.scoring.set_video_watched(
            package_id, code, rng.random() < 0.9, source=Source.CLI
        )
        if code == habits.leave_unfinished:
            continue
        total = float(state.total)
        recommendation = (
            Recommendation.ADVANCE
            if total >= 80
            else Recommendation.CONSIDER
            if total >= 60
            else Recommendation.REJECT
        )
        ws.scoring.set_recommendation(package_id, code, recommendation, source=Source.CLI)
        shown = format_decimal(round_half_up(state.total), 2, "id")
        ws.scoring.set_comment(
            package_id,
            code,
            None,
            f"Nilai akhir {shown}. "
            + rng.choice(COMMENTS["high" if total >= 75 else "mid" if total >= 55 else "low"]),
            source=Source.CLI,
        )


def _visit(ws: Services, package_id: str, code: str, manifest: Manifest, seed: int) -> None:
    """The checklist, the notes and a photo of the visit."""
    for item in manifest.checklist:
        ws.scoring.set_checklist_item(package_id, code, item.code, True, source=Source.CLI)
    ws.scoring.set_field_notes(
        package_id,
        code,
        "Layanan berjalan sesuai uraian proposal; tiga pengguna diwawancarai di lokasi.",
        source=Source.CLI,
    )
    ws.scoring.attach_evidence_data(
        package_id, code, f"kunjungan-{code}.jpg", visit_photo(code, seed), source=Source.CLI
    )


def _interview(ws: Services, package_id: str, code: str, rng: random.Random) -> None:
    """Two of the panel's questions and the juror's notes on the answers."""
    asked = rng.sample(QUESTIONS, 2)
    ws.scoring.set_questions(
        package_id, code, [QuestionNote(q, a) for q, a in asked], source=Source.CLI
    )


def _score(criterion: Criterion, raw: float) -> Decimal:
    scale = criterion.scale
    steps = round((Decimal(str(raw)) - scale.minimum) / scale.step)
    value = scale.minimum + scale.step * steps
    return min(max(value, scale.minimum), scale.maximum)
