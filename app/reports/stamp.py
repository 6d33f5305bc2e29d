"""A run of flowables that many sections of one PDF share, laid out once and stamped.

A batch of blank evaluation sheets repeats the same criteria, level descriptors and writing
lines on every sheet; only the sheet's top (its submission, juror and QR code) and its
signature differ. Laying the same tables and paragraphs out again for every sheet, and writing
the same drawing operators into every page, was most of the cost of a batch and of its size.

:class:`StampedRun` lays the run out once for each place it can start at — the frame's state
where the sheet's top ends — with ReportLab's own layout (a scratch document whose first frame
starts in exactly that state), draws each of its pages once into a PDF form XObject, and puts
in the story, in the run's place, one flowable per page that draws the form, with page breaks
between them, the last one as tall as the run's end on its page. What follows the run (the
signature) therefore meets the frame exactly as it would have after the run itself, and the
pages look as they would have: a test compares rendered pages of both ways.

Two limits keep this exact: a run's flowables must be left-aligned (their place on the page is
taken from the frame, not from their width), and its last flowable must not be kept with the
next one (the run cannot move what follows it). Both are checked.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from app.reports.page import PAGE_HEIGHT, PAGE_WIDTH
from app.reports.styles import Text

StartState = tuple[float, float, float, int]  # frame top, current y, attached space, at top


@dataclass(frozen=True)
class _Layout:
    forms: tuple[str | None, ...]  # one per page; None where the run drew nothing there
    last_height: float  # room the run takes on its last page, from where that page starts
    space_after: float  # the space the run's last flowable asks after it


class StampedRun:
    """The flowables ``make()`` returns, as a run stamped wherever :meth:`flowable` stands.

    One instance serves one document: its forms belong to that document's canvas.
    """

    def __init__(self, make: Callable[[], list[Flowable]], name: str) -> None:
        self._make = make
        self._name = name
        self._layouts: dict[StartState, _Layout] = {}
        self._canvas: Canvas | None = None

    def flowable(self) -> Flowable:
        return _RunMark(self)

    def pieces(self, frame: Frame, canvas: Canvas) -> list[Flowable]:
        """What stands in for the run in a frame in ``frame``'s state on ``canvas``."""
        if self._canvas is None:
            self._canvas = canvas
        elif canvas is not self._canvas:
            raise ValueError("a stamped run serves one document")
        state = (frame._y2 - frame._topPadding, frame._y, frame._prevASpace, frame._atTop)
        layout = self._layouts.get(state)
        if layout is None:
            layout = self._layouts[state] = self._lay_out(frame, state, canvas)
        pieces: list[Flowable] = []
        last = len(layout.forms) - 1
        for index, form in enumerate(layout.forms):
            if index < last:
                pieces += [_FormPiece(form), PageBreak()]
            else:
                pieces.append(_FormPiece(form, layout.last_height, layout.space_after))
        return pieces

    def _lay_out(self, frame: Frame, state: StartState, canvas: Canvas) -> _Layout:
        flowables = self._make()
        if flowables and flowables[-1].getKeepWithNext():
            raise ValueError("a stamped run cannot end with a flowable kept with the next")
        scratch = _ScratchDocument(frame, state)
        end = _EndMark()
        scratch.build([*flowables, end])
        forms: list[str | None] = []
        for page, draws in enumerate(scratch.draws):
            if not draws:
                forms.append(None)
                continue
            name = f"{self._name}L{len(self._layouts)}P{page}"
            canvas.beginForm(name)
            for flowable, x, y in draws:
                flowable.drawOn(canvas, x, y)
            canvas.endForm()
            forms.append(name)
        top = state[1] if len(forms) == 1 else state[0]
        assert end.state is not None  # the end mark takes no room, so it is always placed
        y, space_after = end.state
        return _Layout(tuple(forms), top - (y + space_after), space_after)


class _RunMark(Flowable):
    """Where the run stands in the story: replaced by its pieces when the frame reaches it."""

    def __init__(self, run: StampedRun) -> None:
        super().__init__()
        self._run = run
        self.width = self.height = 0

    def frameAction(self, frame: Frame) -> None:
        frame.add_generated_content(*self._run.pieces(frame, self.canv))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0


class _FormPiece(Flowable):
    """One page of the run: draws its form where the run's page was laid out (the form holds
    page coordinates, so the frame's offset is not applied)."""

    _ZEROSIZE = True  # placed even on a full frame (the height is only what the run used)

    def __init__(self, form: str | None, height: float = 0, space_after: float = 0) -> None:
        super().__init__()
        self._form = form
        self.height = height
        self._space_after = space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def getSpaceAfter(self) -> float:
        return self._space_after

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self._form is not None:
            canvas.doForm(self._form)


class _EndMark(Flowable):
    """Records where the run ended: the frame's y and the space the last flowable asked."""

    _ZEROSIZE = True
    _SPACETRANSFER = True

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0
        self.state: tuple[float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        frame = self._frame
        self.state = (frame._y, frame._prevASpace)


def frame_place(model: Frame) -> dict[str, Any]:
    """The arguments that make a frame in the same place as ``model``, with its padding."""
    return {
        "x1": model._x1,
        "y1": model._y1,
        "width": model._width,
        "height": model._height,
        "leftPadding": model._leftPadding,
        "bottomPadding": model._bottomPadding,
        "rightPadding": model._rightPadding,
        "topPadding": model._topPadding,
        "overlapAttachedSpace": model._oASpace,
    }


class _StartedFrame(Frame):
    """A frame that starts each page in a given state (the state of a frame half filled)."""

    def __init__(self, model: Frame, state: StartState) -> None:
        self._start = state
        super().__init__(**frame_place(model))

    def _reset(self) -> None:
        super()._reset()
        _top, self._y, self._prevASpace, self._atTop = self._start


class _ScratchDocument(BaseDocTemplate):
    """Lays a run out as the real document would from a given frame state, and notes each
    flowable drawn, page by page, with its place; its own output is thrown away."""

    def __init__(self, model: Frame, state: StartState) -> None:
        rest = Frame(**frame_place(model))
        super().__init__(
            io.BytesIO(),
            pageTemplates=[
                PageTemplate(
                    id="first", frames=[_StartedFrame(model, state)], autoNextPageTemplate="rest"
                ),
                PageTemplate(id="rest", frames=[rest]),
            ],
        )
        self._doSave = 0
        self.draws: list[list[tuple[Flowable, float, float]]] = []

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        self.draws.append([])

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, ActionFlowable | PageBreak | _EndMark):
            return
        if getattr(flowable, "hAlign", "LEFT") not in ("LEFT", None):
            raise ValueError("a stamped run holds left-aligned flowables only")
        frame = self.frame
        x = frame._x + frame._leftExtraIndent
        self.draws[-1].append((flowable, x, frame._y + flowable.getSpaceAfter()))


CellText = Callable[[str, ParagraphStyle, float], Flowable]


def cell_text(markup: str, style: ParagraphStyle, column: float) -> Flowable:
    """A table cell's paragraph, made anew (``column`` is the width of the cell's column)."""
    return Text(markup, style)


class SharedTexts:
    """Table cells that the tables of one document repeat — a facts band's labels, a juror's
    name on each of their sheets — as one paragraph each, laid out once and, from its second
    use on, drawn as a form (a text used once is drawn as it is: a form costs more than it
    saves then). For table cells only: a paragraph shared between places in the story itself
    could be split or put off to the next page in one place and not in another."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._made: dict[tuple[str, str, float], _StampedText] = {}

    def __call__(self, markup: str, style: ParagraphStyle, column: float) -> Flowable:
        key = (markup, style.name, column)  # one width per paragraph: its form is that width's
        text = self._made.get(key)
        if text is None:
            text = self._made[key] = _StampedText(markup, style, f"{self._name}{len(self._made)}")
        return text


class _StampedText(Text):
    def __init__(self, markup: str, style: ParagraphStyle, form: str) -> None:
        super().__init__(markup, style)
        self._form = form
        self._drawn: Canvas | None = None  # the document it was drawn in once
        self._stamped: Canvas | None = None  # the document that holds its form

    def draw(self) -> None:
        canvas = self.canv  # the document drawn in now; a remembered one may be None: none yet
        if self._stamped is not None and canvas is self._stamped:
            canvas.doForm(self._form)
        elif self._drawn is not None and canvas is self._drawn:  # the second time: make the form
            canvas.beginForm(self._form, -PAGE_WIDTH, -PAGE_HEIGHT, PAGE_WIDTH, PAGE_HEIGHT)
            super().draw()
            canvas.endForm()
            self._stamped = canvas
            canvas.doForm(self._form)
        else:
            super().draw()
            self._drawn = canvas
