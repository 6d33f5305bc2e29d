"""``python -m app`` runs the command line, exactly as the ``juri`` script does."""

from app.cli.main import main

raise SystemExit(main())
