"""Option values typed in English or Indonesian alike (``--recommend reject`` or ``tolak``).

Juri speaks Indonesian by default and English on request; a user should not have to know in
which language an option's values were written. Each value has its English word first and its
Indonesian word(s) after; ``--help`` lists both, and an unknown word is refused naming them.
"""

from __future__ import annotations

import argparse

from app.i18n import current_language, translate


class Words:
    """The values of one option: canonical value → the words that mean it (English first,
    then Indonesian, then any other spelling accepted but not shown)."""

    def __init__(self, values: dict[str, tuple[str, ...]]) -> None:
        self.values = values
        self._lookup = {word: value for value, words in values.items() for word in words}

    def parse(self, text: str) -> str | None:
        """The canonical value ``text`` means, in either language and any case, or None."""
        return self._lookup.get(text.strip().lower())

    def shown(self) -> str:
        """``advance|lanjut, consider|pertimbangkan`` (the user's language first): for help
        texts and refusals."""
        first = current_language() == "id"
        return ", ".join(
            "|".join(dict.fromkeys(words[1::-1] if first else words[:2]))
            for words in self.values.values()
        )

    def __call__(self, text: str) -> str:
        """The argparse ``type``: refuses an unknown word as a usage error (exit 2)."""
        value = self.parse(text)
        if value is None:
            raise argparse.ArgumentTypeError(
                translate("Cli", "'{value}' is not one of: {words}").format(
                    value=text, words=self.shown()
                )
            )
        return value


RECOMMENDATION = Words(
    {
        "advance": ("advance", "lanjut", "rekomendasikan", "direkomendasikan"),
        "consider": ("consider", "pertimbangkan", "dipertimbangkan"),
        "reject": ("reject", "tolak", "tidak-direkomendasikan"),
    }
)
YES_NO = Words({"yes": ("yes", "ya", "y", "true", "1"), "no": ("no", "tidak", "n", "false", "0")})
METHOD = Words(
    {
        "mean": ("mean", "rerata", "rata-rata"),
        "median": ("median",),
        "trimmed": ("trimmed", "terpangkas"),
        "zscore": ("zscore", "skor-z", "skorz"),
    }
)
TIE_BREAK = Words({"weights": ("weights", "bobot"), "evaluations": ("evaluations", "penilaian")})
