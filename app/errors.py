"""The one exception family the core raises for anything a user can cause.

Every error carries a stable ``code`` (for tests, scripts and the GUI's choice of icon) and a
``message`` already translated into the user's language; callers show the message as it is,
never a traceback.
"""

from __future__ import annotations


class JuriError(Exception):
    """A refusal or failure a user can understand and act on."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class InputError(JuriError):
    """A file or value given by the user is not acceptable (spreadsheet, rubric, roster …)."""

    code = "invalid_input"


class PackageRefused(JuriError):
    """A submission package failed verification; nothing from it was kept."""

    code = "package_refused"


class KeyFileError(JuriError):
    """A key file is missing, damaged, or the passphrase does not open it."""

    code = "key_error"


class WorkspaceError(JuriError):
    """The local workspace cannot do what was asked (no identity, unknown package …)."""

    code = "workspace_error"


class Cancelled(JuriError):
    """The user cancelled a long operation; everything is as it was before it started."""

    code = "cancelled"
