"""Hand-built recapitulation data for tests and the user guide's page images.

The totals are those the demo's four simulated jurors give (``juri demo --simulate``); the
ranking is their plain mean, worked out here so the recapitulation can be printed and checked
before the merge engine exists. Nothing here is the merge: the report prints what it is given.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from app.demo.proposals import load_innovations
from app.domain.numbers import round_half_up
from app.reports.recap_model import (
    Disagreement,
    JurorDistribution,
    JurorTotal,
    PanelMember,
    PanelRole,
    RankingRow,
    RankingView,
    RecapData,
    ResultFileEntry,
    ViewKind,
)

JURORS = {
    "J01": "Dr. Ratna Sari Dewi, M.Si.",
    "J02": "Prof. Bambang Hidayat",
    "J03": "Dr. Maria Ulfa Siregar",
    "J04": "Ir. I Made Suarjana, M.T.",
}
TOTALS = {  # submission → juror → weighted total (J03 recused from KIPP23-010)
    "KIPP23-001": {"J02": "70.56", "J03": "86.67", "J04": "95.00"},
    "KIPP23-002": {"J01": "77.78", "J03": "73.89", "J04": "93.33"},
    "KIPP23-003": {"J01": "75.00", "J02": "58.89", "J04": "78.89"},
    "KIPP23-004": {"J01": "70.00", "J02": "53.89", "J03": "61.67"},
    "KIPP23-005": {"J02": "43.89", "J03": "91.67", "J04": "98.89"},
    "KIPP23-006": {"J01": "63.89", "J03": "69.44", "J04": "67.78"},
    "KIPP23-007": {"J01": "86.67", "J02": "64.44", "J04": "75.00"},
    "KIPP23-008": {"J01": "81.11", "J02": "71.67", "J03": "88.33"},
    "KIPP23-009": {"J02": "33.33", "J03": "39.44", "J04": "48.89"},
    "KIPP23-010": {"J01": "67.22", "J04": "66.11"},
    "KIPP23-011": {"J01": "52.22", "J02": "35.00", "J04": "50.00"},
    "KIPP23-012": {"J01": "82.78", "J02": "72.78", "J03": "77.22"},
    "KIPP23-013": {"J02": "67.22", "J03": "77.78", "J04": "82.22"},
    "KIPP23-014": {"J01": "66.67", "J03": "73.89", "J04": "76.11"},
    "KIPP23-015": {"J01": "61.67", "J02": "55.00"},
    "KIPP23-016": {"J01": "37.78", "J02": "30.00", "J03": "38.33"},
}
PASSING = Decimal(75)
THRESHOLD = Decimal(20)
CREATED = datetime(2026, 11, 27, 7, 30, tzinfo=UTC)


def _ranked(rows: list[RankingRow]) -> list[RankingRow]:
    """Ranks 1, 2, 3 … in the given order, equal scores sharing a rank."""
    ranked, previous = [], None
    for index, row in enumerate(rows, start=1):
        rank = previous.rank if previous and previous.score == row.score else index
        previous = RankingRow(**{**row.__dict__, "rank": rank})
        ranked.append(previous)
    return ranked


def sample_recap(**changes) -> RecapData:
    innovations = {item["code"]: item for item in load_innovations()}
    rows = []
    for code, totals in TOTALS.items():
        values = [Decimal(v) for v in totals.values()]
        mean = round_half_up(sum(values) / len(values))
        spread = max(values) - min(values)
        item = innovations[code]
        rows.append(
            RankingRow(
                rank=0,
                code=code,
                title=item["title"],
                agency=item["agency"],
                score=mean,
                jurors=len(values),
                group=item["group"],
                cluster=item["cluster"],
                passed=mean >= PASSING,
                flagged=spread > THRESHOLD,
            )
        )
    rows.sort(key=lambda row: (-row.score, row.code))
    ranking = _ranked(rows)
    views = []
    for kind, attribute in ((ViewKind.GROUP, "group"), (ViewKind.CLUSTER, "cluster")):
        for key in sorted({getattr(row, attribute) for row in ranking}):
            views.append(
                RankingView(
                    kind,
                    key,
                    tuple(_ranked([row for row in ranking if getattr(row, attribute) == key])),
                )
            )
    disagreements = []
    for row in ranking:
        totals = TOTALS[row.code]
        values = [Decimal(v) for v in totals.values()]
        if max(values) - min(values) > THRESHOLD:
            disagreements.append(
                Disagreement(
                    row.code,
                    row.title,
                    tuple(JurorTotal(j, Decimal(v)) for j, v in totals.items()),
                    max(values) - min(values),
                    "Dibahas dalam rapat pleno.",
                )
            )
    files = [
        ResultFileEntry(
            f"{j}_kipp-2023-desk-demo_v{2 if j == 'J02' else 1}.juri-result.json",
            True,
            "sah",
            juror_id=j,
            juror_name=name,
            sequence=2 if j == "J02" else 1,
            fingerprint=fp,
            sha256=digest,
        )
        for (j, name), fp, digest in zip(
            JURORS.items(),
            (
                "Y2XM-3I7E-3KVX-UGXU",
                "IU5H-LTVK-EMN6-FJL3",
                "FLIL-O6GH-BKMU-J4OD",
                "324G-W3EL-MC3B-GAKJ",
            ),
            (
                "13549ab1c05bfb0f93c68b39",
                "8f0c2d17aa5e4b90c1d2",
                "5e77a0c3b9d1e2f40a11",
                "0b9e4d2c6a7f8e1d3c55",
            ),
            strict=True,
        )
    ]
    files += [
        ResultFileEntry(
            "J02_kipp-2023-desk-demo_v1.juri-result.json",
            False,
            "digantikan",
            "Versi 2 dari juri yang sama lebih baru.",
            "J02",
            JURORS["J02"],
            1,
            set_aside=True,
        ),
        ResultFileEntry(
            "J04_salinan.juri-result.json",
            False,
            "dimodifikasi",
            "Tanda tangan tidak sah: berkas diubah setelah ditandatangani.",
            "J04",
            JURORS["J04"],
            1,
        ),
    ]
    distributions = [
        JurorDistribution(j, name, tuple(Decimal(t[j]) for t in TOTALS.values() if j in t))
        for j, name in JURORS.items()
    ]
    data = RecapData(
        package_id="kipp-2023-desk-demo",
        competition="Kompetisi Inovasi Pelayanan Publik 2023",
        round_name="Penilaian proposal",
        organizer="Kementerian PANRB",
        method="mean",
        ranking=tuple(ranking),
        created=CREATED,
        tie_break="Nilai sama diurutkan menurut nilai Signifikansi, lalu Kebaruan.",
        passing_grade=PASSING,
        disagreement_threshold=THRESHOLD,
        views=tuple(views),
        disagreements=tuple(disagreements),
        files=tuple(files),
        distributions=tuple(distributions),
        panel=(
            PanelMember("Prof. Dr. Hendra Wijaya, M.P.A.", PanelRole.CHAIR),
            *(PanelMember(name, PanelRole.MEMBER, j) for j, name in JURORS.items()),
        ),
        meeting_date=date(2026, 11, 27),
        place="Jakarta",
    )
    return RecapData(**{**data.__dict__, **changes})
