"""The juror's services, built once with what each depends on.

:class:`Workspace` is the folder, its lock, database, transactions and clock; each service gets
the workspace and the services it calls, nothing else — no service looks another up. Front
ends (the CLI, the juror's window, the demo, the bench) open a workspace with
:func:`open_workspace` and call the services on the :class:`Services` it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.export import ResultService
from app.services.identity import IdentityService
from app.services.packages import PackageService
from app.services.scoring import ScoringService
from app.services.workspace import Workspace


@dataclass(frozen=True)
class Services:
    """An open workspace and the services on it; closing it closes the workspace."""

    workspace: Workspace
    identity: IdentityService
    packages: PackageService
    scoring: ScoringService
    results: ResultService

    @property
    def folder(self) -> Path:
        return self.workspace.folder

    @property
    def notices(self) -> list[str]:
        """What the juror must be told about opening this workspace (e.g. a restore)."""
        return self.workspace.notices

    def close(self) -> None:
        self.workspace.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def build_services(workspace: Workspace) -> Services:
    identity = IdentityService(workspace)
    packages = PackageService(workspace, identity)
    return Services(
        workspace,
        identity,
        packages,
        ScoringService(workspace, packages),
        ResultService(workspace, identity, packages),
    )


def open_workspace(folder: Path | None = None, **options: Any) -> Services:
    """Open the workspace in ``folder`` (the default one when None) with its services;
    ``options`` are :class:`Workspace`'s (clock, backups, checkpoint_every)."""
    services = build_services(Workspace(folder, **options))
    services.packages.remove_leftovers()  # the workspace's lock: no import of ours runs now
    return services
