"""``juri score``: enter and read scores from the command line (the GUI's services)."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from string import hexdigits

from app.cli.choices import RECOMMENDATION, YES_NO
from app.cli.common import CommandError, Commands, open_workspace, say
from app.domain.competition import RoundKind
from app.domain.evaluation import (
    Evaluation,
    EvaluationStatus,
    QuestionNote,
    Recommendation,
    progress_text,
    scored_weight,
    shown_total,
)
from app.domain.evidence import Evidence
from app.domain.numbers import parse_canonical_decimal, parse_decimal
from app.domain.rubric import Rubric
from app.domain.text import one_line
from app.i18n import current_language, format_number, translate
from app.reports.text import evidence_line, total_shown
from app.services.scoring import EvaluationState, Source


def register(commands: Commands) -> None:
    score = commands.add_parser(
        "score", help=translate("Cli", "enter and show scores without the GUI")
    )
    sub = score.add_subparsers(
        dest="score_command", metavar=translate("Cli", "ACTION"), required=True
    )

    listing = sub.add_parser("list", help=translate("Cli", "your submissions and their status"))
    _package_option(listing)
    listing.set_defaults(handler=run_list)

    show = sub.add_parser("show", help=translate("Cli", "one evaluation in full"))
    show.add_argument("code", metavar=translate("Cli", "SUBMISSION"))
    _package_option(show)
    show.set_defaults(handler=run_show)

    set_ = sub.add_parser(
        "set",
        help=translate("Cli", "set scores, comments and more"),
        description=translate(
            "Cli",
            "Example: juri score set KIPP23-001 LATAR=8 KEBARUAN=7 --comment LATAR='Data kuat'",
        ),
    )
    set_.add_argument("code", metavar=translate("Cli", "SUBMISSION"))
    set_.add_argument(
        "scores",
        nargs="*",
        metavar=translate("Cli", "CRITERION=SCORE"),
        help=translate("Cli", "a score per criterion; an empty score (LATAR=) clears it"),
    )
    set_.add_argument(
        "--comment",
        action="append",
        default=[],
        metavar=translate("Cli", "CRITERION=TEXT"),
        help=translate("Cli", "a comment on a criterion"),
    )
    set_.add_argument(
        "--overall", metavar=translate("Cli", "TEXT"), help=translate("Cli", "the overall comment")
    )
    set_.add_argument(
        "--recommend",
        type=RECOMMENDATION,
        metavar=translate("Cli", "ADVICE"),
        help=translate("Cli", "your recommendation: {words}").format(words=RECOMMENDATION.shown()),
    )
    set_.add_argument(
        "--watched",
        type=YES_NO,
        metavar=translate("Cli", "yes|no"),
        help=translate("Cli", "whether you watched the video: {words}").format(
            words=YES_NO.shown()
        ),
    )
    set_.add_argument(
        "--notes", metavar=translate("Cli", "TEXT"), help=translate("Cli", "field-visit notes")
    )
    set_.add_argument(
        "--check",
        action="append",
        default=[],
        metavar=translate("Cli", "ITEM=yes|no"),
        help=translate("Cli", "confirm a field-visit checklist item: {words}").format(
            words=YES_NO.shown()
        ),
    )
    set_.add_argument(
        "--question-note",
        action="append",
        default=[],
        nargs=2,
        metavar=(translate("Cli", "QUESTION"), translate("Cli", "NOTES")),
        help=translate(
            "Cli",
            "interview round: a question the panel asked and your notes on "
            "the answer (the notes of a question already noted are replaced)",
        ),
    )
    set_.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar=translate("Cli", "FILE"),
        help=translate(
            "Cli",
            "field round: attach a photo (JPEG, PNG) or a PDF document from the visit as evidence",
        ),
    )
    set_.add_argument(
        "--detach",
        action="append",
        default=[],
        metavar=translate("Cli", "NAME|SHA256"),
        help=translate(
            "Cli", "remove attached evidence, named by its file name or the start of its SHA-256"
        ),
    )
    set_.add_argument(
        "--paper",
        action="store_true",
        help=translate("Cli", "record that the values come from a paper evaluation sheet"),
    )
    _package_option(set_)
    set_.set_defaults(handler=run_set)

    recuse = sub.add_parser(
        "recuse", help=translate("Cli", "declare a conflict of interest for a submission")
    )
    recuse.add_argument("code", metavar=translate("Cli", "SUBMISSION"))
    recuse.add_argument(
        "--reason",
        required=True,
        metavar=translate("Cli", "TEXT"),
        help=translate("Cli", "the conflict"),
    )
    _package_option(recuse)
    recuse.set_defaults(handler=run_recuse)

    unrecuse = sub.add_parser("unrecuse", help=translate("Cli", "withdraw a recusal"))
    unrecuse.add_argument("code", metavar=translate("Cli", "SUBMISSION"))
    _package_option(unrecuse)
    unrecuse.set_defaults(handler=run_unrecuse)


def _package_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--package",
        metavar="ID",
        help=translate("Cli", "the package id (may be left out when only one package is open)"),
    )


def _pair(text: str, what: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise CommandError(
            translate("Cli", "Write {what} as NAME=VALUE, not '{text}'.").format(
                what=what, text=text
            )
        )
    return key.strip(), value.strip()


def _score(value: str) -> Decimal | None:
    """A score as docs/formats.md §1 spells it (``7``, ``7.5``), or with the decimal comma
    people type in Indonesia (``7,5``); empty clears it. Nothing else: ``07``, ``7.0`` and
    `` 7`` are refused alike, so a score has one spelling from the keyboard to the file."""
    if value == "":
        return None
    try:
        return parse_canonical_decimal(
            value.replace(",", ".") if value.count(",") == 1 and "." not in value else value
        )
    except ValueError:
        raise CommandError(
            translate(
                "Cli",
                "'{value}' is not a score as Juri writes it: write 7 or 7.5 (or 7,5), "
                "without spaces or leading or trailing zeros.",
            ).format(value=value)
        ) from None


def _yes(value: str) -> bool:
    answer = YES_NO.parse(value)
    if answer is None:
        raise CommandError(
            translate("Cli", "Write one of {words}, not '{value}'.").format(
                words=YES_NO.shown(), value=value
            )
        )
    return answer == "yes"


def run_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        package = ws.packages.resolve(args.package)
        rubric = ws.packages.manifest(package.id).rubric
        rows = ws.scoring.submissions(package.id)
        scores = {e.submission: e.scores for e in ws.scoring.all_evaluations(package.id)}
        progress = ws.scoring.progress(package.id)
    width = max(len(status.label()) for status in EvaluationStatus)
    partial = 0
    for row in rows:
        total = total_shown(shown_total(row.status, parse_decimal(row.total), scored=row.scored))
        weight = scored_weight(row.status, scores.get(row.code, {}), rubric)
        if weight is not None:
            partial += 1
            total = f"{total} ({format_number(weight)}%)"
        say(f"{row.code:<14} {row.status.label():<{width}} {total:>7}  {one_line(row.title)[:60]}")
    say(progress_text(progress.counts))
    if partial:
        say(
            translate(
                "Cli",
                "In progress: the total so far, with the share of the weight "
                "scored in brackets; criteria not scored yet are not counted as 0.",
            )
        )
    return 0


def _total(state: EvaluationState, rubric: Rubric) -> str:
    """The weighted total; for one in progress, marked as the total so far with the share of
    the weight scored; "–" where nothing is scored (never a misleading 0)."""
    shown = total_shown(
        shown_total(state.status, state.total, scored=bool(state.evaluation.scores))
    )
    weight = scored_weight(state.status, state.evaluation.scores, rubric)
    if weight is None:
        return shown
    return translate("Cli", "{total} so far, {weight}% of the weight scored").format(
        total=shown, weight=format_number(weight)
    )


def run_show(args: argparse.Namespace) -> int:
    language = current_language()
    with open_workspace(args) as ws:
        package = ws.packages.resolve(args.package)
        manifest = ws.packages.manifest(package.id)
        state = ws.scoring.evaluation(package.id, args.code)
    submission = manifest.listed_submission(args.code)  # an evaluation's: in the package
    evaluation = state.evaluation
    say(f"{submission.code} — {submission.title}")
    say(f"{submission.agency}")
    say(translate("Cli", "Status: {status}").format(status=state.status.label()))
    if evaluation.recused:
        say(translate("Cli", "Recused: {reason}").format(reason=evaluation.recusal_reason))
    for criterion in manifest.rubric:
        value = evaluation.scores.get(criterion.code)
        shown = "–" if value is None else format_number(value)
        say(f"  {criterion.code:<16} {shown:>4}  {criterion.title.get(language)}")
        if evaluation.comments.get(criterion.code):
            say(f"{'':>24}{evaluation.comments[criterion.code]}")
    if not evaluation.recused:
        say(
            translate("Cli", "Weighted total: {total}").format(total=_total(state, manifest.rubric))
        )
    if evaluation.overall_comment:
        say(translate("Cli", "Overall comment: {text}").format(text=evaluation.overall_comment))
    say(translate("Cli", "Recommendation: {value}").format(value=evaluation.recommendation.label()))
    say(
        translate("Cli", "Video watched: {value}").format(
            value=translate("Cli", "yes") if evaluation.video_watched else translate("Cli", "no")
        )
    )
    visit = manifest.checklist if manifest.round.kind is RoundKind.FIELD else ()
    for check in visit:  # what the juror confirmed so far on the visit
        done = evaluation.checklist.get(check.code)
        say(
            translate("Cli", "Checklist {code}: {value} — {text}").format(
                code=check.code,
                value=translate("Cli", "yes") if done else translate("Cli", "no"),
                text=check.text.get(language),
            )
        )
    if evaluation.field_notes:
        say(translate("Cli", "Field notes: {text}").format(text=evaluation.field_notes))
    for number, question in enumerate(evaluation.questions, start=1):
        say(translate("Cli", "Question {n}: {text}").format(n=number, text=question.question))
        if question.notes:
            say(f"{'':>4}{question.notes}")
    for item in evaluation.evidence:
        say(translate("Cli", "Evidence: {line}").format(line=evidence_line(item)))
    return 0


def run_set(args: argparse.Namespace) -> int:
    source = Source.PAPER if args.paper else Source.CLI
    if any(not question.strip() for question, _ in args.question_note):
        raise CommandError(  # the question names the entry: an empty one would be dropped
            translate(
                "Cli",
                "--question-note needs the question the panel asked, not an empty text; "
                "nothing was changed.",
            )
        )
    done: list[str] = []  # said once all of it is saved
    with open_workspace(args) as ws, ws.scoring.together():  # all of it, or nothing
        package = ws.packages.resolve(args.package)
        pid, code = package.id, args.code
        rubric = ws.packages.terms(pid).rubric
        state = None
        for text in args.scores:
            criterion, _ = _pair(text, translate("Cli", "a score"))
            number = _score(text.partition("=")[2])
            state = ws.scoring.set_score(pid, code, criterion, number, source=source)
        for text in args.comment:
            criterion, comment = _pair(text, translate("Cli", "a comment"))
            state = ws.scoring.set_comment(pid, code, criterion, comment, source=source)
        if args.overall is not None:
            state = ws.scoring.set_comment(pid, code, None, args.overall, source=source)
        if args.recommend:
            state = ws.scoring.set_recommendation(
                pid, code, Recommendation(args.recommend), source=source
            )
        if args.watched:
            state = ws.scoring.set_video_watched(pid, code, args.watched == "yes", source=source)
        if args.notes is not None:
            state = ws.scoring.set_field_notes(pid, code, args.notes, source=source)
        for text in args.check:
            item, value = _pair(text, translate("Cli", "a checklist item"))
            state = ws.scoring.set_checklist_item(pid, code, item, _yes(value), source=source)
        if args.question_note:
            questions = list(ws.scoring.evaluation(pid, code).evaluation.questions)
            for question, notes in args.question_note:
                at = next((i for i, q in enumerate(questions) if q.question == question), None)
                if at is None:
                    questions.append(QuestionNote(question, notes))
                else:
                    questions[at] = QuestionNote(question, notes)
            state = ws.scoring.set_questions(pid, code, questions, source=source)
        for path in args.attach:
            state = ws.scoring.attach_evidence(pid, code, Path(path), source=source)
            done.append(
                translate("Cli", "Attached {name} (SHA-256 {sha}…).").format(
                    name=state.evaluation.evidence[-1].name,
                    sha=state.evaluation.evidence[-1].sha256[:16],
                )
            )
        for named in args.detach:
            found = _evidence_named(ws.scoring.evaluation(pid, code).evaluation, named)
            state = ws.scoring.remove_evidence(pid, code, found.sha256, source=source)
            done.append(translate("Cli", "Removed {name}.").format(name=found.name))
        if state is None:
            raise CommandError(
                translate("Cli", "Nothing to set: give CRITERION=SCORE or an option.")
            )
    for line in done:
        say(line)
    say(
        translate("Cli", "Saved. {code}: {status}, weighted total {total}.").format(
            code=code, status=state.status.label(), total=_total(state, rubric)
        )
    )
    return 0


HASH_START = 8  # the fewest characters of a SHA-256 that name an attached file


def _evidence_named(evaluation: Evaluation, named: str) -> Evidence:
    """The one attached file with that name, or whose SHA-256 starts with it (8 characters
    at least: fewer could name another file tomorrow). A shorter start is told so, since
    "no evidence named 3fa9" alone leaves the juror wondering why the hash did not work."""
    found = [
        e
        for e in evaluation.evidence
        if e.name == named or (len(named) >= HASH_START and e.sha256.startswith(named.lower()))
    ]
    if len(found) == 1:
        return found[0]
    if not found and 0 < len(named) < HASH_START and all(c in hexdigits for c in named):
        raise CommandError(
            translate(
                "Cli",
                "{code} has no evidence named {name}, and a start of a SHA-256 needs "
                "{n} characters at least: {name} is too short. Attached: {names}.",
            ).format(
                code=evaluation.submission,
                name=named,
                n=HASH_START,
                names=", ".join(f"{e.name} ({e.sha256[:HASH_START]})" for e in evaluation.evidence),
            )
        )
    if not found:
        raise CommandError(
            translate("Cli", "{code} has no evidence named {name}. Attached: {names}.").format(
                code=evaluation.submission,
                name=named,
                names=", ".join(e.name for e in evaluation.evidence) or "–",
            )
        )
    raise CommandError(
        translate(
            "Cli",
            "Several files are named {name}; give the start of the SHA-256 of the one to "
            "remove: {hashes}.",
        ).format(name=named, hashes=", ".join(e.sha256[:12] for e in found))
    )


def run_recuse(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        package = ws.packages.resolve(args.package)
        ws.scoring.recuse(package.id, args.code, args.reason, source=Source.CLI)
    say(translate("Cli", "Recused from {code}; its scores are locked.").format(code=args.code))
    return 0


def run_unrecuse(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        package = ws.packages.resolve(args.package)
        ws.scoring.withdraw_recusal(package.id, args.code, source=Source.CLI)
    say(translate("Cli", "Recusal from {code} withdrawn.").format(code=args.code))
    return 0
