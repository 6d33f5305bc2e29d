"""Interview notes and field evidence in the juror's workspace (issue 13, items 3 and 4): kept
with the evaluation, audited, carried in the signed result, and every refusal a sentence that
changes nothing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.evaluation import EvaluationStatus, QuestionNote
from app.errors import InputError, WorkspaceError
from app.package.reader import open_package
from app.results.verify import ResultStatus, check_result
from app.services import scoring as scoring_module
from app.services.wiring import Services
from app.storage.models import AuditEntry
from tests.factory import PASSPHRASE, tiny_pdf
from tests.photos import MONAS_PLACE, jpeg, png, write


def opened(setup, round_id: str, juror: str = "J01") -> tuple[Services, str]:
    package_id = f"test-{round_id}"
    setup.build(
        round_id=round_id, package_id=package_id, output=setup.folder / f"{round_id}.juripkg"
    )
    ws = setup.workspace(juror)
    ws.packages.import_package(setup.package)
    return ws, package_id


@pytest.fixture
def setup(competition):
    return competition(submissions=3, jurors=2)


@pytest.fixture
def field(setup):
    ws, package_id = opened(setup, "field")
    yield ws, package_id
    ws.close()


@pytest.fixture
def interview(setup):
    ws, package_id = opened(setup, "interview")
    yield ws, package_id
    ws.close()


def audit_actions(ws: Services) -> list[str]:
    with ws.workspace.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def exported_payload(ws: Services, package_id: str, folder: Path) -> tuple[bytes, dict]:
    info = ws.results.export(package_id, PASSPHRASE, folder)
    data = info.path.read_bytes()
    return data, json.loads(data)["payload"]


def test_the_interview_round_carries_its_minutes(setup, interview) -> None:
    ws, package_id = interview
    assert (
        ws.packages.manifest(package_id).round.presentation_minutes,
        ws.packages.manifest(package_id).round.question_minutes,
    ) == (7, 13)


def test_questions_and_notes_are_kept_audited_and_signed(setup, interview, tmp_path) -> None:
    ws, package_id = interview
    questions = (
        QuestionNote("Berapa pengguna layanan per bulan?", "Sekitar 4.000, data 2023."),
        QuestionNote("", "Kepala dinas menjelaskan anggaran."),
        QuestionNote("  ", ""),
    )  # an empty row is left out
    state = ws.scoring.set_questions(package_id, "S001", questions)
    assert state.evaluation.questions == questions[:2]
    assert state.status is EvaluationStatus.IN_PROGRESS  # notes are work begun
    assert ws.scoring.set_questions(package_id, "S001", questions[:2]).changed is False
    assert audit_actions(ws)[-1] == "set_questions"

    data, payload = exported_payload(ws, package_id, tmp_path)
    first = payload["evaluations"][0]
    assert first["interview"] == {
        "questions": [
            {
                "question": "Berapa pengguna layanan per bulan?",
                "notes": "Sekitar 4.000, data 2023.",
            },
            {"question": "", "notes": "Kepala dinas menjelaskan anggaran."},
        ]
    }
    assert first["evidence"] == [] and payload["schema"] == 2
    package = open_package(setup.package)
    check = check_result(data, package.manifest, package.manifest_sha256)
    assert check.status is ResultStatus.VALID, check.reason
    assert check.document.evaluations[0].questions == questions[:2]


def test_questions_belong_to_an_interview(setup) -> None:
    ws, package_id = opened(setup, "desk")
    with ws:
        with pytest.raises(WorkspaceError) as caught:
            ws.scoring.set_questions(package_id, "S001", [QuestionNote("Q?", "")])
        assert caught.value.code == "wrong_round"
        assert "interview round only" in caught.value.message


def test_evidence_is_attached_with_its_time_and_place(setup, field, tmp_path) -> None:
    ws, package_id = field
    photo = write(tmp_path / "visit", "IMG_2041.JPG", jpeg())
    state = ws.scoring.attach_evidence(package_id, "S001", photo)
    [evidence] = state.evaluation.evidence
    assert (evidence.name, evidence.media_type, evidence.taken_at, evidence.place) == (
        "IMG_2041.JPG",
        "image/jpeg",
        "2024-05-12T10:31:05+07:00",
        MONAS_PLACE,
    )
    assert state.status is EvaluationStatus.IN_PROGRESS
    assert ws.scoring.evidence_data(package_id, "S001", evidence.sha256) == photo.read_bytes()
    assert ws.scoring.evaluation(package_id, "S001").evaluation.evidence == (evidence,)
    assert audit_actions(ws)[-1] == "attach_evidence"


def test_evidence_travels_inside_the_signed_result(setup, field, tmp_path) -> None:
    ws, package_id = field
    files = [
        write(tmp_path / "visit", "depan.jpg", jpeg()),
        write(tmp_path / "visit", "denah.png", png()),
        write(tmp_path / "visit", "SK Bupati.pdf", tiny_pdf("SK")),
    ]
    for path in files:
        ws.scoring.attach_evidence(package_id, "S002", path)
    data, payload = exported_payload(ws, package_id, tmp_path / "out")
    carried = payload["evaluations"][1]["evidence"]
    assert [e["name"] for e in carried] == ["depan.jpg", "denah.png", "SK Bupati.pdf"]
    assert [e["media_type"] for e in carried] == ["image/jpeg", "image/png", "application/pdf"]
    assert [base64.b64decode(e["data"]) for e in carried] == [p.read_bytes() for p in files]
    assert carried[1]["taken_at"] is None and carried[1]["place"] is None
    package = open_package(setup.package)
    check = check_result(data, package.manifest, package.manifest_sha256)
    assert check.status is ResultStatus.VALID, check.reason


def test_evidence_can_be_removed_before_export(setup, field, tmp_path) -> None:
    ws, package_id = field
    photo = write(tmp_path, "salah.jpg", jpeg(color=(1, 2, 3)))
    sha = ws.scoring.attach_evidence(package_id, "S001", photo).evaluation.evidence[0].sha256
    state = ws.scoring.remove_evidence(package_id, "S001", sha)
    assert state.evaluation.evidence == () and state.status is EvaluationStatus.NOT_STARTED
    with pytest.raises(WorkspaceError) as caught:
        ws.scoring.evidence_data(package_id, "S001", sha)
    assert caught.value.code == "evidence_gone"
    _data, payload = exported_payload(ws, package_id, tmp_path)
    assert payload["evaluations"][0]["evidence"] == []
    assert audit_actions(ws)[-2:] == ["remove_evidence", "export_result"]


def refusal(ws: Services, package_id: str, code: str, path: Path) -> InputError | WorkspaceError:
    before = ws.scoring.evaluation(package_id, code).evaluation
    actions = audit_actions(ws)
    with pytest.raises((InputError, WorkspaceError)) as caught:
        ws.scoring.attach_evidence(package_id, code, path)
    assert ws.scoring.evaluation(package_id, code).evaluation == before  # nothing changed
    assert audit_actions(ws) == actions
    return caught.value


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("notes.jpg", b"Catatan kunjungan, bukan foto.", "evidence_type", "not a JPEG photo"),
        ("run.jpg", b"MZ\x90\x00" + bytes(200), "evidence_type", "not at its name"),
        ("half.jpg", jpeg(size=(400, 300))[:600], "evidence_damaged", "damaged or incomplete"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj\n", "evidence_damaged", "damaged or incomplete"),
        (
            "huge.jpg",
            b"\xff\xd8\xff" + bytes(8 * 1024 * 1024),
            "evidence_too_large",
            "at most 8 MB",
        ),
    ],
)
def test_what_is_not_evidence_is_refused(field, tmp_path, name, data, code, words) -> None:
    ws, package_id = field
    error = refusal(ws, package_id, "S001", write(tmp_path, name, data))
    assert error.code == code and words in error.message and name in error.message


def test_limits_per_evaluation_and_per_result(field, tmp_path, monkeypatch) -> None:
    ws, package_id = field
    photo = write(tmp_path, "a.jpg", jpeg())
    ws.scoring.attach_evidence(package_id, "S001", photo)
    twice = refusal(ws, package_id, "S001", write(tmp_path, "copy of a.jpg", jpeg()))
    assert twice.code == "evidence_twice" and "already attached to S001, as a.jpg" in twice.message
    monkeypatch.setattr(scoring_module, "MAX_EVIDENCE_FILES", 2)
    ws.scoring.attach_evidence(package_id, "S001", write(tmp_path, "b.png", png()))
    many = refusal(ws, package_id, "S001", write(tmp_path, "c.png", png((3, 3))))
    assert many.code == "evidence_too_many" and "Remove one first" in many.message
    monkeypatch.setattr(scoring_module, "MAX_EVIDENCE_TOTAL", 1500)
    total = refusal(ws, package_id, "S002", write(tmp_path, "d.jpg", jpeg(color=(9, 9, 9))))
    assert total.code == "evidence_total" and "more than one result file carries" in total.message


def test_evidence_belongs_to_a_field_visit_not_to_a_recusal(setup, field, tmp_path) -> None:
    ws, package_id = field
    ws.scoring.recuse(package_id, "S003", "Saya pernah menjadi konsultan inovasi ini.")
    error = refusal(ws, package_id, "S003", write(tmp_path, "a.jpg", jpeg()))
    assert error.code == "recused"
    desk, desk_id = opened(setup, "desk", "J02")
    with desk:
        with pytest.raises(WorkspaceError) as caught:
            desk.scoring.attach_evidence(desk_id, "S001", write(tmp_path, "b.jpg", jpeg()))
        assert caught.value.code == "wrong_round"
