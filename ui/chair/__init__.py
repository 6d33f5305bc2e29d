"""The panel chair's window: import, verify, merge, rank, explain (over :mod:`app.merge`)."""
