"""Text that a competition gives in Indonesian and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """Indonesian (``id``) and English (``en``) text; either may be empty, not both."""

    id: str
    en: str = ""

    def get(self, language: str) -> str:
        """The text in ``language``, falling back to the other language when it is empty."""
        first, second = (self.en, self.id) if language == "en" else (self.id, self.en)
        return first or second

    def to_json(self) -> dict[str, str]:
        return {"en": self.en, "id": self.id}

    @classmethod
    def from_json(cls, value: object) -> LocalizedText:
        """Accept ``{"id": …, "en": …}`` or a plain string (used for both languages)."""
        if isinstance(value, str):
            return cls(value.strip(), "")
        if isinstance(value, dict) and set(value) <= {"id", "en"}:
            id_text, en_text = value.get("id", ""), value.get("en", "")
            if isinstance(id_text, str) and isinstance(en_text, str):
                return cls(id_text.strip(), en_text.strip())
        raise ValueError("expected a text or an object with 'id' and 'en' texts")

    def __bool__(self) -> bool:
        return bool(self.id or self.en)
