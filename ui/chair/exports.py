"""The two kinds of CSV the chair can export, as the save dialog offers them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.merge.cells import CsvStyle


def csv_types() -> dict[CsvStyle, str]:
    """The save dialog's file types, one per kind of CSV."""
    return {
        CsvStyle.EXCEL: QCoreApplication.translate(
            "ChairExport", "CSV for Excel (semicolons, decimal commas) (*.csv)"
        ),
        CsvStyle.PROGRAMS: QCoreApplication.translate(
            "ChairExport", "CSV for programs (commas, decimal points) (*.csv)"
        ),
    }


def default_csv_style() -> CsvStyle:
    """The CSV Excel opens directly on this computer: Excel follows the system's regional
    settings, so where they write decimals with a comma (Indonesia), the one for Excel."""
    return CsvStyle.EXCEL if QLocale.system().decimalPoint() == "," else CsvStyle.PROGRAMS
