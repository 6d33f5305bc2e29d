"""Box plots of each juror's scores (QtCharts), so a lenient or strict juror stands out: their
box sits higher or lower than the others'. One chart for the weighted totals, and one per
criterion chosen from a list; a sentence under the chart names the extremes for screen readers
and for anyone who does not read charts."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import current_language, format_decimal, translate
from app.merge.distributions import Box, box, criterion_scores, juror_totals
from app.merge.service import MergeReport

TOTALS = ""  # the combo's data for the weighted totals; otherwise a criterion code


def box_set(label: str, summary: Box) -> QBoxSet:
    item = QBoxSet(label)
    for value in (summary.minimum, summary.lower, summary.median, summary.upper, summary.maximum):
        item.append(float(value))
    return item


class DistributionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: MergeReport | None = None
        self.boxes: dict[str, Box] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(translate("ChairCharts", "&Scores:"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("ChairCharts", "Scores shown in the chart"))
        label.setBuddy(self.choice)
        bar.addWidget(label)
        bar.addWidget(self.choice, 1)
        layout.addLayout(bar)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.follow_theme()
        # the axes stay; each drawing replaces only the series (and the axes' labels and range)
        self.categories = QBarCategoryAxis()
        self.categories.setTitleText(translate("ChairCharts", "Juror"))
        self.scale = QValueAxis()
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.scale, Qt.AlignmentFlag.AlignLeft)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(translate("ChairCharts", "Box plot of each juror's scores"))
        self.view.setMinimumHeight(320)
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.choice.currentIndexChanged.connect(self._draw)

    def follow_theme(self) -> None:
        """Dark chart on the dark theme (QtCharts does not follow the palette by itself)."""
        dark = QApplication.palette().window().color().lightness() < 128
        self.chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )

    def set_report(self, report: MergeReport | None) -> None:
        self.report = report
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        if report is not None:
            self.choice.addItem(translate("ChairCharts", "Weighted total (0–100)"), TOTALS)
            language = current_language()
            for criterion in report.manifest.rubric:
                self.choice.addItem(
                    f"{criterion.code} · {criterion.title.get(language)}", criterion.code
                )
            found = self.choice.findData(chosen)
            self.choice.setCurrentIndex(max(found, 0))
        self.choice.blockSignals(False)
        self._draw()

    def values(self) -> dict[str, list[Fraction]]:
        """Juror id → the values the chart shows now."""
        if self.report is None:
            return {}
        code = self.choice.currentData()
        if code == TOTALS:
            return juror_totals(self.report.table)
        return criterion_scores(self.report.table)[code]

    def _range(self) -> tuple[float, float]:
        code = self.choice.currentData()
        if code == TOTALS or self.report is None:
            return 0.0, 100.0
        scale = self.report.manifest.rubric.get(code).scale
        return float(scale.minimum), float(scale.maximum)

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        values = self.values()
        self.boxes = {
            juror: found
            for juror, found in ((j, box(v)) for j, v in values.items())
            if found is not None
        }
        self.categories.clear()
        if not self.boxes:
            self.summary.setText(translate("ChairCharts", "No complete evaluation yet."))
            return
        series = QBoxPlotSeries()
        for juror, found in self.boxes.items():
            series.append(box_set(juror, found))
        self.chart.addSeries(series)
        self.categories.append(list(self.boxes))
        low, high = self._range()
        self.scale.setRange(low, high)
        span = int(high - low)
        whole = low == int(low) and high == int(high)
        self.scale.setTickCount(span + 1 if whole and 0 < span <= 10 else 11)
        self.scale.setLabelFormat("%d" if whole and (span <= 10 or span % 10 == 0) else "%.1f")
        self.scale.setTitleText(self.choice.currentText())
        series.attachAxis(self.categories)
        series.attachAxis(self.scale)
        self.summary.setText(self.describe())

    def describe(self) -> str:
        """Who scores highest and lowest (by median), in words."""
        ordered = sorted(self.boxes.items(), key=lambda item: (item[1].median, item[0]))
        lowest, highest = ordered[0], ordered[-1]
        parts = [
            translate("ChairCharts", "{juror}: median {median}, mean {mean} (n = {n})").format(
                juror=juror,
                median=format_decimal(found.median, 2),
                mean=format_decimal(found.mean, 2),
                n=found.count,
            )
            for juror, found in ordered
        ]
        return (
            translate("ChairCharts", "Most lenient: {high}. Strictest: {low}.").format(
                high=highest[0], low=lowest[0]
            )
            + " "
            + "; ".join(parts)
            + "."
        )
