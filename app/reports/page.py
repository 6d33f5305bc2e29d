"""The page every Juri PDF shares: A4, a header and a footer, and "page x of y".

Every document Juri prints (demo proposals, evaluation sheets, the recapitulation) uses one
geometry, one palette and one way of drawing the running header and footer, so they look like
one family on a secretariat's desk. The footer's "page x of y" needs the page count, which is
only known at the end: :class:`DecoratedCanvas` keeps each page's drawing until ``save`` and then
draws the header and footer with the count in hand (ReportLab's usual recipe).

A document may hold several *sections*: 300 evaluation sheets printed as one PDF are 300
separate papers once printed, each signed and filed alone, so each sheet numbers its own pages
("page 2 of 3") and has its own header. A :class:`PageSection` flowable at the start of each
section says so, and also reports progress and checks for cancellation, once per section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from app.errors import JuriError
from app.i18n import translate
from app.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.2 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.4 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#B8C4CE")
SHADE = colors.HexColor("#EEF3F8")
LINK = "#1F5FA8"

HEADER_SIZE = 8
PageLabel = Callable[[int, int], str]


@dataclass(frozen=True)
class PageDecor:
    """What the running header and footer of a page say."""

    header_left: str  # short and bold: a code, "BERITA ACARA"
    header_right: str = ""  # shortened with "…" to fit beside the left part
    footer_left: str = ""
    footer_italic: bool = False


@lru_cache(maxsize=1024)
def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut at a word and ended with an ellipsis so that it fits ``width`` (kept: the
    same header is cut again on every page of a batch, one word at a time)."""
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    if not words:  # one long word: cut characters instead
        cut = text
        while cut and stringWidth(cut + "…", font, size) > width:
            cut = cut[:-1]
        return cut + "…"
    return " ".join(words).rstrip(" :;,.–-") + " …"


class DecoratedCanvas(Canvas):
    """Draws every page's header and footer at ``save``, when the page counts are known."""

    def __init__(self, *args: Any, decor: PageDecor, page_label: PageLabel, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._page_label = page_label
        self._section = 0
        self._pages: list[dict[str, Any]] = []
        self._sections: list[tuple[int, PageDecor]] = []
        self._decor_forms: dict[tuple[str, str, str], str] = {}

    def begin_section(self, decor: PageDecor) -> None:
        """The current page starts a new section with its own header and page numbers."""
        self._section += 1
        self._decor = decor

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._sections.append((self._section, self._decor))
        self._startPage()

    def save(self) -> None:
        sizes: dict[int, int] = {}
        for section, _decor in self._sections:
            sizes[section] = sizes.get(section, 0) + 1
        numbers: dict[int, int] = {}
        pages, sections = self._pages, self._sections
        for state, (section, decor) in zip(pages, sections, strict=True):
            numbers[section] = numbers.get(section, 0) + 1
            self.__dict__.update(state)
            self._draw_decor(decor, self._page_label(numbers[section], sizes[section]))
            Canvas.showPage(self)
        self._pages, self._sections = pages, sections  # the count stays readable after saving
        Canvas.save(self)

    def _draw_decor(self, decor: PageDecor, label: str) -> None:
        """The running header and footer. What every page of a section repeats (the rules,
        the header's right part, the footer's left part) is drawn once into a form and
        stamped: a batch of a thousand sheets has three thousand pages."""
        header, footer = PAGE_HEIGHT - 1.55 * cm, 1.35 * cm
        left = fit(decor.header_left, BOLD, HEADER_SIZE, FRAME_WIDTH * 0.6)
        right = ""
        if decor.header_right:
            room = FRAME_WIDTH - stringWidth(left, BOLD, HEADER_SIZE) - 1 * cm
            right = fit(decor.header_right, REGULAR, HEADER_SIZE, room)
        font = ITALIC if decor.footer_italic else REGULAR
        footer_left = ""
        if decor.footer_left:
            room = FRAME_WIDTH - stringWidth(label, REGULAR, HEADER_SIZE) - 1 * cm
            footer_left = fit(decor.footer_left, font, HEADER_SIZE, room)
        key = (right, footer_left, font)
        form = self._decor_forms.get(key)
        if form is None:
            form = self._decor_forms[key] = f"PageDecor{len(self._decor_forms)}"
            self.beginForm(form)
            self.setFillColor(MUTED)
            if right:
                self.setFont(REGULAR, HEADER_SIZE)
                self.drawRightString(PAGE_WIDTH - MARGIN_X, header, right)
            if footer_left:
                self.setFont(font, HEADER_SIZE)
                self.drawString(MARGIN_X, footer, footer_left)
            self._rule(header - 5)
            self._rule(footer + 11)
            self.endForm()
        self.saveState()
        self.setFillColor(ACCENT)
        self.setFont(BOLD, HEADER_SIZE)
        self.drawString(MARGIN_X, header, left)
        self.doForm(form)
        self.setFillColor(MUTED)
        self.setFont(REGULAR, HEADER_SIZE)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, footer, label)
        self.restoreState()

    def _rule(self, y: float) -> None:
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y)


class PageSection(Flowable):
    """Marks where a section starts (its header, its own page numbers); takes no room.

    ``on_start`` runs as the section is laid out: the place to report progress and to raise
    :class:`~app.errors.Cancelled`.
    """

    def __init__(self, decor: PageDecor, on_start: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.decor = decor
        self.on_start = on_start
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        begin = getattr(self.canv, "begin_section", None)
        if begin is not None:
            begin(self.decor)
        if self.on_start is not None:
            self.on_start()


@dataclass(frozen=True)
class DocumentInfo:
    """The PDF's own metadata (shown by a viewer's "document properties")."""

    title: str
    subject: str = ""
    author: str = ""
    creator: str = "Juri"
    language: str = "id-ID"
    invariant: bool = False  # the same input gives the same bytes (no time stamp, fixed id)


def build_pdf(
    handle: BinaryIO,
    story: list[Flowable],
    info: DocumentInfo,
    decor: PageDecor,
    page_label: PageLabel,
) -> int:
    """Lay ``story`` out on A4 pages with the shared header and footer; returns the page count.

    ``decor`` is the header and footer until the first :class:`PageSection` says otherwise.
    """
    register_fonts()
    # A frame without padding, so text, tables and the header and footer rules share one edge.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document = BaseDocTemplate(
        handle,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=info.creator,
        lang=info.language,
        invariant=info.invariant,
        initialFontName=REGULAR,
    )
    try:
        document.build(
            story, canvasmaker=partial(DecoratedCanvas, decor=decor, page_label=page_label)
        )
    except LayoutError:  # a table cell never splits across pages
        raise JuriError(
            translate(
                "Page",
                "The PDF cannot be laid out on A4 pages: a text in it is too long for one page "
                "(a name, a place or a title of thousands of characters). Shorten it and try "
                "again; nothing was written.",
            ),
            code="pdf_layout",
        ) from None
    return document.canv.page_count
