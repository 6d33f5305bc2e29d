"""The signed recapitulation (berita acara), printed from hand-built data and read back."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from app import i18n
from app.reports.recap import method_label, write_recap
from app.reports.recap_model import (
    JurorDistribution,
    PanelMember,
    PanelRole,
    RankingRow,
    ViewKind,
)
from tests.reports.pdf import body, embedded_fonts, page_texts
from tests.reports.samples import JURORS, sample_recap

HEADER = "SIGNED RECORD"


@pytest.fixture
def printed(tmp_path: Path) -> tuple[Path, list[str]]:
    out = tmp_path / "recap.pdf"
    report = write_recap(sample_recap(), out)
    texts = page_texts(out)
    assert report.pages == len(texts) and report.path == out
    return out, texts


def test_every_page_has_header_footer_and_page_x_of_y(printed) -> None:
    _out, texts = printed
    for number, text in enumerate(texts, start=1):
        assert HEADER in text
        assert "Kompetisi Inovasi Pelayanan Publik 2023 · Penilaian proposal" in text
        assert f"Page {number} of {len(texts)}" in text
        assert "Package kipp-2023-desk-demo · printed 27 November 2026" in text


def test_the_opening_names_the_meeting_and_the_method(printed) -> None:
    _out, texts = printed
    first = texts[0]
    assert "Signed record" in first and "Recapitulation and ranking of the scores" in first
    assert "On 27 November 2026, at Jakarta, the panel of Kompetisi Inovasi" in first
    assert "(4 accepted after verification) and ranked the submissions (16 in all)" in first
    assert "Method mean of the jurors' weighted totals" in first
    assert "Passing grade 75" in first and "spread above 20 points" in first
    assert "4 accepted, 1 set aside (older versions or copies), 1 refused" in first
    assert "Nilai sama diurutkan menurut nilai Signifikansi" in first


def test_the_overall_ranking_is_in_order_with_its_scores(printed) -> None:
    _out, texts = printed
    text = body(texts, HEADER)
    data = sample_recap()
    positions = [text.index(f"{row.rank} {row.code}") for row in data.ranking]
    assert positions == sorted(positions)  # printed in the order given
    assert "1 KIPP23-001" in texts[0] and "84.08" in texts[0]  # first place on the first page
    overall = text[: text.index("2. Ranking per group")]
    for row in data.ranking:
        assert f"{row.jurors} {row.score:.2f}" in overall, row.code
    assert (
        "LAHIR TERCATAT: Layanan Akta, KK, dan KIA Terpadu Sejak dari Fasilitas Kesehatan"
        in overall
    )


def test_the_passing_grade_is_drawn_between_passing_and_failing(printed) -> None:
    _out, texts = printed
    text = body(texts, HEADER)
    overall = text[: text.index("2. Ranking per group")]
    band = "▲ passing grade 75: above this line, the submissions that reach it"
    assert overall.count(band) == 1
    before, after = overall.split(band)
    assert "75.37 passes" in before and "passes" not in after.replace("passes the", "")
    assert "72.22" in after


def test_views_per_group_and_cluster(printed) -> None:
    _out, texts = printed
    text = body(texts, HEADER)
    groups = text[text.index("2. Ranking per group") : text.index("3. Ranking per cluster")]
    assert "Group: Replikasi · 3 ranked" in groups and "Group: Umum · 13 ranked" in groups
    replication = groups[groups.index("Group: Replikasi") : groups.index("Group: Umum")]
    assert (
        replication.index("1 KIPP23-014")
        < replication.index("2 KIPP23-015")
        < replication.index("3 KIPP23-016")
    )
    clusters = text[text.index("3. Ranking per cluster") : text.index("4. Disagreements")]
    for name in ("BUMD", "BUMN", "Kabupaten", "Kementerian", "Kota", "Lembaga", "Provinsi"):
        assert f"Cluster: {name} ·" in clusters
    assert "Cluster: BUMN · 1 ranked " in clusters


def test_disagreements_list_each_jurors_total_and_the_spread(printed) -> None:
    _out, texts = printed
    text = body(texts, HEADER)
    part = text[text.index("4. Disagreements between jurors") : text.index("5. Spread")]
    assert "more than 20 points apart" in part
    assert "KIPP23-005" in part and "J02: 43.89 J03: 91.67 J04: 98.89 55.00" in part
    assert "KIPP23-001" in part and "KIPP23-007" in part and "KIPP23-002" not in part
    assert "⚑ disagreement" in text  # flagged in the ranking too


def test_the_chart_of_score_distributions_is_drawn(printed) -> None:
    _out, texts = printed
    text = body(texts, HEADER)
    part = text[text.index("5. Spread of each juror's totals") : text.index("6. Result files")]
    for juror_id, name in JURORS.items():
        assert f"{juror_id} · {name}" in part
    assert "passing grade 75" in part and "weighted total (0–100)" in part
    assert "n = 12" in part and "n = 11" in part
    for tick in ("0 10 20 30 40 50 60 70 80 90 100",):
        assert tick in part


def test_accepted_set_aside_and_refused_files_with_reasons(printed) -> None:
    """An older version of a juror's result is set aside, listed apart from the refused."""
    _out, texts = printed
    text = body(texts, HEADER)
    part = text[text.index("6. Result files") :]
    assert "Y2XM-3I7E-3KVX-UGXU" in part and "324G-W3EL-MC3B-GAKJ" in part
    aside = part[part.index("Set aside, not refused") : part.index("Refused, with the reason")]
    refused = part[part.index("Refused, with the reason") :]
    assert "J02_kipp-2023-desk-demo_v1.juri-result.json J02 · Prof. Bambang Hidayat" in aside
    assert "digantikan Versi 2 dari juri yang sama lebih baru." in aside
    assert "dimodifikasi Tanda tangan tidak sah" in refused and "digantikan" not in refused


def test_signature_blocks_for_the_chair_and_every_member(printed) -> None:
    _out, texts = printed
    text = body(texts, HEADER)
    closing = text[text.index("This record is made truthfully") :]
    assert "Jakarta, 27 November 2026 Chair of the panel," in closing
    assert "Prof. Dr. Hendra Wijaya, M.P.A." in closing
    members = closing[closing.index("Members of the panel") :]
    for number, name in enumerate(JURORS.values(), start=1):
        assert name in members and f"{number}. ....." in members


def test_fonts_are_embedded(printed) -> None:
    out, _texts = printed
    fonts = embedded_fonts(out)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
    assert all(font.startswith("DejaVuSans") for font in fonts)


def test_the_recap_speaks_indonesian(tmp_path: Path) -> None:
    i18n.install("id")
    out = tmp_path / "recap.pdf"
    write_recap(sample_recap(), out)
    texts = page_texts(out)
    text = body(texts, "BERITA ACARA")
    assert "Berita Acara" in texts[0] and "Halaman 1 dari" in texts[0]
    assert "Pada 27 November 2026, bertempat di Jakarta, tim panel" in text
    assert "rata-rata nilai akhir tertimbang para juri" in text
    assert "1. Peringkat keseluruhan" in text and "84,08" in text
    assert "Kelompok: Replikasi · 3 diperingkat" in text
    assert "Demikian berita acara ini dibuat dengan sebenarnya" in text
    assert "Ketua Tim Panel," in text and "Anggota tim panel" in text


def test_blanks_are_left_to_write_by_hand(tmp_path: Path) -> None:
    data = replace(
        sample_recap(),
        meeting_date=None,
        place="",
        panel=(),
        tie_break="",
        passing_grade=None,
        disagreement_threshold=None,
        disagreements=(),
        views=(),
        distributions=(),
        files=(),
        created=None,
    )
    out = tmp_path / "recap.pdf"
    write_recap(data, out)
    text = body(page_texts(out), HEADER)
    assert "On ..............................," in text
    assert "Chair of the panel," in text and "(........" in text
    assert "No submission's jurors disagree beyond the threshold." in text
    assert "No result file was accepted." in text and "None." in text
    assert "passing grade" not in text.replace("Passing grade –", "")
    assert "Ranking per group" not in text and "Spread of each" not in text


def test_many_submissions_and_jurors_flow_over_pages(tmp_path: Path) -> None:
    base = sample_recap()
    long_title = "Inovasi " + " ".join(f"layanan{i}" for i in range(40))
    rows = tuple(
        RankingRow(
            rank=i,
            code=f"X{i:04d}",
            title=long_title,
            agency="Pemerintah Kota",
            score=Decimal(100) - Decimal(i) / 10,
            jurors=2,
            group="umum",
            cluster="kota",
            passed=i <= 150,
            flagged=i % 50 == 0,
        )
        for i in range(1, 401)
    )
    distributions = tuple(
        JurorDistribution(
            f"T{i:02d}",
            f"Juri Tim Evaluasi {i}",
            tuple(Decimal(40 + (i * 7 + k * 13) % 60) for k in range(30)),
        )
        for i in range(30)
    )
    data = replace(
        base,
        ranking=rows,
        views=(),
        distributions=distributions,
        panel=(
            PanelMember("Ketua", PanelRole.CHAIR),
            *(PanelMember(f"Anggota {i}") for i in range(12)),
        ),
    )
    out = tmp_path / "recap.pdf"
    report = write_recap(data, out)
    texts = page_texts(out)
    text = body(texts, HEADER)
    assert report.pages > 20
    assert all(f"{i} X{i:04d}" in text for i in range(1, 401))
    assert text.count("▲ passing grade 75") == 1
    assert "T29 · Juri Tim Evaluasi 29" in text  # the second chart (22 jurors per chart)
    assert "Anggota 11" in text


def test_method_names() -> None:
    assert method_label("median") == "median of the jurors' weighted totals"
    assert "z-score" in method_label("zscore")
    assert method_label("borda") == "borda"  # an unknown method is printed as named


def test_views_are_found_by_kind() -> None:
    data = sample_recap()
    assert {v.key for v in data.views_of(ViewKind.GROUP)} == {"umum", "replikasi"}
    assert len(data.views_of(ViewKind.CLUSTER)) == 7
    assert len(data.accepted_files) == 4 and len(data.refused_files) == 1
    assert [f.status for f in data.set_aside_files] == ["digantikan"]
