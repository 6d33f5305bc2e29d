"""Services over the juror's workspace; the CLI, the scripts and the GUI all call these."""
