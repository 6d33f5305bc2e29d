"""The result file's interview notes and evidence are read as strictly as the rest
(docs/formats.md §6): each file whole, its bytes its SHA-256, size and kind — a swapped photo
is refused with its reason — and only in the round that has them. Files of schema 1 (before
both existed) are still read."""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PIL import Image

from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair, encode_public_key
from app.domain.evaluation import QuestionNote
from app.errors import InputError
from app.formats import result as result_module
from app.formats.evidence_file import checked_evidence
from app.formats.fields import FieldError
from app.formats.result import EVALUATION_KEYS_1, _base64, parse_result_payload
from app.package.reader import VerifiedPackage, open_package
from app.results.verify import ResultStatus, check_result
from tests.factory import PASSPHRASE, make_competition, tiny_pdf
from tests.photos import MONAS_PLACE, jpeg, png, write


class Exported:
    """One juror's exported result for a package, and the key to sign changed copies."""

    def __init__(self, package: VerifiedPackage, data: bytes, key: KeyPair) -> None:
        self.package, self.data, self.key = package, data, key

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.data)["payload"]

    def check(self, data: bytes):
        return check_result(data, self.package.manifest, self.package.manifest_sha256)

    def resigned(self, change: Callable[[dict[str, Any]], Any]) -> bytes:
        payload = copy.deepcopy(self.payload)
        change(payload)
        return sign_payload(payload, self.key)


def export(round_id: str, tmp_path, work: Callable[[Any, str], Any]) -> Exported:
    setup = make_competition(tmp_path / round_id, submissions=2, jurors=2)
    package_id = f"test-{round_id}"
    setup.build(
        round_id=round_id, package_id=package_id, output=setup.folder / f"{round_id}.juripkg"
    )
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        work(ws, package_id)
        info = ws.results.export(package_id, PASSPHRASE, setup.folder)
        key = ws.identity.unlock(PASSPHRASE)
    return Exported(open_package(setup.package), info.path.read_bytes(), key)


@pytest.fixture
def field(tmp_path) -> Exported:
    def attach(ws, package_id: str) -> None:
        for name, data in (("depan.jpg", jpeg()), ("denah.png", png()), ("SK.pdf", tiny_pdf("SK"))):
            ws.scoring.attach_evidence(package_id, "S001", write(tmp_path / "in", name, data))

    return export("field", tmp_path, attach)


@pytest.fixture
def interview(tmp_path) -> Exported:
    def note(ws, package_id: str) -> None:
        ws.scoring.set_questions(package_id, "S001", [QuestionNote("Siapa penggunanya?", "Warga")])

    return export("interview", tmp_path, note)


def evidence(payload: dict[str, Any], index: int = 0) -> dict[str, Any]:
    return payload["evaluations"][0]["evidence"][index]


def test_a_field_result_with_evidence_verifies(field) -> None:
    check = field.check(field.data)
    assert check.status is ResultStatus.VALID, check.reason
    photo = check.document.evaluations[0].evidence[0]
    assert base64.b64decode(photo.data) == jpeg()


def test_a_photo_swapped_in_the_file_breaks_the_signature(field) -> None:
    other = base64.b64encode(jpeg(color=(250, 10, 10))).decode()
    original = evidence(field.payload)["data"]
    swapped = field.data.replace(original.encode(), other.encode())
    check = field.check(swapped)
    assert check.status is ResultStatus.TAMPERED
    assert "changed after it was signed" in check.reason


def test_a_swapped_photo_signed_again_is_refused_with_its_reason(field) -> None:
    """Even the juror's own key cannot make a file whose photo is not the one it names."""
    other = jpeg(color=(250, 10, 10))
    data = field.resigned(
        lambda p: evidence(p).update(data=base64.b64encode(other).decode(), size=len(other))
    )
    check = field.check(data)
    assert check.status is ResultStatus.MALFORMED
    assert "evaluations[0].evidence[0].data" in check.reason
    assert "the file was swapped or damaged" in check.reason


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda p: evidence(p).update(size=evidence(p)["size"] + 1), "evidence[0].data", "not the"),
        (
            lambda p: evidence(p).update(media_type="image/png"),
            "evidence[0].data",
            "not the image/png",
        ),
        (
            lambda p: evidence(p).update(media_type="image/gif"),
            "evidence[0].media_type",
            "image/jpeg, image/png or application/pdf",
        ),
        (
            lambda p: evidence(p).update(data=evidence(p)["data"] + "\n"),
            "evidence[0].data",
            "base64",
        ),
        (lambda p: evidence(p).update(name="../../.bashrc"), "evidence[0].name", "plain file name"),
        (
            lambda p: evidence(p).update(taken_at="2024-05-12 10:31"),
            "evidence[0].taken_at",
            "2024-05-12T10:31:05+07:00",
        ),
        (
            lambda p: evidence(p).update(taken_at="2024-02-30T10:31:05"),
            "evidence[0].taken_at",
            "such as",
        ),
        (lambda p: evidence(p).update(place="-6.17,106.82"), "evidence[0].place", "latitude"),
        (
            lambda p: evidence(p).update(place="-91.000000,106.000000"),
            "evidence[0].place",
            "latitude",
        ),
        (lambda p: evidence(p).update(place="-0.000000,0.000000"), "evidence[0].place", "latitude"),
        (lambda p: evidence(p).update(caption="x"), "evidence[0]", "unknown field(s): caption"),
        (lambda p: evidence(p).pop("place"), "evidence[0].place", "is missing"),
        (
            lambda p: p["evaluations"][0]["evidence"].append(evidence(p)),
            "evidence[3]",
            "attached twice",
        ),
        (
            lambda p: p["evaluations"][0]["evidence"].extend([evidence(p)] * 10),
            "evidence",
            "more than 12 items",
        ),
        (lambda p: p["evaluations"][0].update(evidence={}), "evidence", "must be a list"),
    ],
)
def test_evidence_is_read_strictly(field, change, path, words) -> None:
    data = field.resigned(change)
    check = field.check(data)
    assert check.status is ResultStatus.MALFORMED
    assert f"evaluations[0].{path}" in check.reason and words in check.reason, check.reason


@pytest.mark.parametrize("text", ["AAF=", "AAE", "AAE==", "AA E=", "AAE=\n", "AA-_"])
def test_base64_has_one_spelling(text) -> None:
    assert _base64("AAE=", "data", 2) == b"\x00\x01"
    with pytest.raises(FieldError, match="base64"):
        _base64(text, "data", 2)


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda p: p["evaluations"][0]["interview"]["questions"].append(
                {"question": " ", "notes": ""}
            ),
            "interview.questions[1]",
            "both empty",
        ),
        (
            lambda p: p["evaluations"][0]["interview"]["questions"][0].update(asked_by="Ketua"),
            "interview.questions[0]",
            "unknown field(s): asked_by",
        ),
        (
            lambda p: p["evaluations"][0]["interview"]["questions"][0].update(notes=None),
            "interview.questions[0].notes",
            "must be text",
        ),
        (
            lambda p: p["evaluations"][0]["interview"].update(minutes=7),
            "interview",
            "unknown field(s): minutes",
        ),
        (lambda p: p["evaluations"][0].pop("interview"), "interview", "is missing"),
    ],
)
def test_questions_are_read_strictly(interview, change, path, words) -> None:
    assert interview.check(interview.data).status is ResultStatus.VALID
    check = interview.check(interview.resigned(change))
    assert check.status is ResultStatus.MALFORMED
    assert f"evaluations[0].{path}" in check.reason and words in check.reason, check.reason


def test_notes_and_evidence_only_in_their_round(field, interview) -> None:
    photo = evidence(field.payload)
    data = interview.resigned(lambda p: p["evaluations"][0]["evidence"].append(photo))
    check = interview.check(data)
    assert check.status is ResultStatus.MALFORMED
    assert (
        check.reason == "S001: carries field evidence, but the package's round "
        "(interview) is not a field visit"
    )
    data = field.resigned(
        lambda p: p["evaluations"][0]["interview"]["questions"].append(
            {"question": "Q?", "notes": ""}
        )
    )
    check = field.check(data)
    assert check.status is ResultStatus.MALFORMED
    assert (
        check.reason == "S001: carries interview questions and notes, but the package's "
        "round (field) is not an interview"
    )


def test_a_recused_evaluation_carries_no_evidence(field) -> None:
    def recused(payload: dict[str, Any]) -> None:
        first = payload["evaluations"][0]
        first.update(status="recused", scores=[], total=None, recusal={"reason": "Keluarga"})

    check = field.check(field.resigned(recused))
    assert check.status is ResultStatus.MALFORMED
    assert "a recused evaluation carries no evidence" in check.reason


def as_schema_1(payload: dict[str, Any]) -> None:
    payload["schema"] = 1
    for item in payload["evaluations"]:
        for key in set(item) - EVALUATION_KEYS_1:
            del item[key]


def test_a_result_of_schema_1_is_still_read(interview) -> None:
    def without_questions(payload: dict[str, Any]) -> None:
        payload["evaluations"][0].update(interview={"questions": []}, status="not_started")

    plain = Exported(interview.package, interview.resigned(without_questions), interview.key)
    check = plain.check(plain.resigned(as_schema_1))
    assert check.status is ResultStatus.VALID, check.reason
    assert check.document.schema == 1 and check.document.evaluations[0].questions == ()


def test_schema_1_has_no_notes_or_evidence(interview) -> None:
    def mixed(payload: dict[str, Any]) -> None:
        interview_part = payload["evaluations"][0]["interview"]
        as_schema_1(payload)
        payload["evaluations"][0]["interview"] = interview_part

    with pytest.raises(FieldError) as caught:
        parse_result_payload(json.loads(interview.resigned(mixed))["payload"])
    assert caught.value.path == "evaluations[0]"
    assert "unknown field(s): interview" in caught.value.problem


def replaced_file(payload: dict[str, Any], index: int, content: bytes) -> None:
    """The evidence at ``index`` swapped for ``content``, with a size and hash that match."""
    evidence(payload, index).update(
        data=base64.b64encode(content).decode(),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )


@pytest.mark.parametrize(
    ("index", "content", "words"),
    [
        (2, b"%PDF-1.4 garbage", "SK.pdf cannot be attached: it is damaged or incomplete"),
        (0, jpeg()[:400], "depan.jpg cannot be read as a picture: it is damaged or incomplete"),
    ],
)
def test_a_file_attach_refuses_is_refused_in_a_result(field, index, content, words) -> None:
    """Red team: a PDF that does not open, with the right size and hash, verified VALID
    although --attach refuses the same file: the reader makes attach's check."""
    check = field.check(field.resigned(lambda p: replaced_file(p, index, content)))
    assert check.status is ResultStatus.MALFORMED
    assert f"evaluations[0].evidence[{index}].data: {words}" in check.reason, check.reason


def test_data_longer_than_its_size_is_a_swapped_file(field) -> None:
    """docs/formats.md: a swapped or damaged file is named so, whichever way it differs."""
    bigger = jpeg(color=(250, 10, 10)) + b"\0" * 4000
    data = field.resigned(lambda p: evidence(p).update(data=base64.b64encode(bigger).decode()))
    check = field.check(data)
    assert check.status is ResultStatus.MALFORMED
    assert "evaluations[0].evidence[0].data" in check.reason
    assert "the file was swapped or damaged" in check.reason


@pytest.mark.parametrize("name", ["photo\u202egpj.exe", "a\u2066b.jpg", "\u200fdepan.jpg"])
def test_an_evidence_name_with_a_format_character_is_refused(field, name) -> None:
    """Red team: photo<U+202E>gpj.exe shows as photoexe.jpg in the chair's window."""
    check = field.check(field.resigned(lambda p: evidence(p).update(name=name)))
    assert check.status is ResultStatus.MALFORMED
    code = f"U+{ord(next(c for c in name if not c.isascii())):04X}"
    assert f"evaluations[0].evidence[0].name: holds the invisible character {code}" in (
        check.reason
    )


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda p: p["evaluations"][0]["scores"][0].update(comment="Q\a\033[31m"), ".scores[0]"),
        (lambda p: p["evaluations"][0].update(overall_comment="\033]0;PWNED\a"), ""),
        (lambda p: p["evaluations"][0]["field"].update(notes="ok\r\033[2K"), ".field"),
        (lambda p: p["evaluations"][0]["field"].update(notes="C1 \x9b31m"), ".field"),
    ],
)
def test_a_typed_text_with_a_control_character_is_refused(field, change, path) -> None:
    """Red team: `juri result show` printed ESC and BEL raw; Juri refuses them at input, so
    a file carrying one was not written by Juri."""
    check = field.check(field.resigned(change))
    assert check.status is ResultStatus.MALFORMED
    assert f"evaluations[0]{path}." in check.reason
    assert "holds the control character U+00" in check.reason, check.reason


def test_a_question_with_a_control_character_is_refused(interview) -> None:
    data = interview.resigned(
        lambda p: p["evaluations"][0]["interview"]["questions"][0].update(question="Q\a")
    )
    check = interview.check(data)
    assert check.status is ResultStatus.MALFORMED
    assert "interview.questions[0].question: holds the control character U+0007" in (check.reason)


def test_tabs_and_line_breaks_are_typed_text(field) -> None:
    data = field.resigned(lambda p: p["evaluations"][0]["field"].update(notes="a\tb\nc"))
    assert field.check(data).status is ResultStatus.VALID


@pytest.mark.parametrize(
    ("index", "change", "path", "words"),
    [
        # the photo's EXIF says 2024-05-12 10:31:05+07:00 at Monas
        (0, {"taken_at": "2023-08-24T12:50:00+07:00"}, "taken_at", "2024-05-12T10:31:05+07:00"),
        (0, {"taken_at": "2024-05-12T10:31:05"}, "taken_at", "2024-05-12T10:31:05+07:00"),
        (0, {"taken_at": None}, "taken_at", "2024-05-12T10:31:05+07:00"),
        (0, {"place": "-6.175400,106.827200"}, "place", MONAS_PLACE),
        (0, {"place": None}, "place", MONAS_PLACE),
        # the PNG and the PDF carry neither: a time or place claimed for them is nobody's
        (1, {"taken_at": "2024-05-12T10:31:05+07:00"}, "taken_at", "none"),
        (2, {"place": MONAS_PLACE}, "place", "none"),
    ],
)
def test_a_time_or_place_the_file_does_not_carry_is_refused(
    field, index, change, path, words
) -> None:
    """The time and place are shown to the chair as the camera's; one the photo's EXIF does
    not give (an old photo passed off as the visit's) is no claim of the camera."""
    assert field.check(field.data).status is ResultStatus.VALID
    check = field.check(field.resigned(lambda p: evidence(p, index).update(change)))
    assert check.status is ResultStatus.MALFORMED
    assert f"evaluations[0].evidence[{index}].{path}" in check.reason, check.reason
    assert "is not what the file's own EXIF data says" in check.reason
    assert words in check.reason, check.reason


def test_nobodys_result_has_its_files_opened(field, monkeypatch) -> None:
    """Third red-team pass: opening a picture costs time and memory out of all proportion to
    its bytes (a 650 KB PNG decodes to 700 MB in seconds), so a file signed by a key that is
    not the juror's is judged — unknown key — before any file in it is opened; once the key
    counts for the juror, the files are opened and a broken one makes the result malformed."""
    stranger = KeyPair.generate("Orang lain")
    broken = jpeg()[:400]  # the right size and hash, but no picture

    def swap(payload: dict[str, Any]) -> None:
        payload["juror"]["public_key"] = encode_public_key(stranger.public_key)
        evidence(payload).update(
            data=base64.b64encode(broken).decode(),
            size=len(broken),
            sha256=hashlib.sha256(broken).hexdigest(),
            taken_at=None,
            place=None,
        )

    payload = copy.deepcopy(field.payload)
    swap(payload)
    data = sign_payload(payload, stranger)
    opened: list[str] = []
    real = result_module.checked_evidence
    monkeypatch.setattr(
        result_module,
        "checked_evidence",
        lambda name, content: opened.append(name) or real(name, content),
    )
    check = field.check(data)
    assert check.status is ResultStatus.UNKNOWN_KEY, check.reason
    assert opened == []

    manifest = field.package.manifest
    jurors = tuple(
        replace(j, public_key=stranger.public_key) if j.id == "J01" else j for j in manifest.jurors
    )
    check = check_result(data, replace(manifest, jurors=jurors), field.package.manifest_sha256)
    assert check.status is ResultStatus.MALFORMED
    assert "evaluations[0].evidence[0].data" in check.reason
    assert "cannot be read as a picture" in check.reason
    assert opened


def test_a_picture_of_more_pixels_than_juri_opens_is_refused_in_words(tmp_path, recwarn) -> None:
    """A picture with more pixels than Pillow opens without warning (89 million) was called
    "damaged or incomplete", or opened with a warning printed in the terminal."""
    buffer = io.BytesIO()
    Image.new("1", (10_000, 9_000)).save(buffer, "PNG")
    with pytest.raises(InputError) as caught:
        checked_evidence("peta.png", buffer.getvalue())
    assert caught.value.code == "evidence_too_large"
    assert caught.value.message.startswith(
        "peta.png is a picture of more than 89 megapixels, more than an evidence picture may "
        "have. Attach a smaller copy"
    )
    assert not [w for w in recwarn if "DecompressionBomb" in type(w.message).__name__]
