"""The ``juri`` command line: the same services as the GUI, for scripts, CI and batch work."""
