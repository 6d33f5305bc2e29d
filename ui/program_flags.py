"""The switches of the ``juri`` program that only it understands (not the command line's
verbs): :mod:`ui.entry` reads them, :mod:`ui.bench` starts the program with them."""

OPEN_FLAG = "--open"
SELF_TEST = "--self-test"
QUIT_WHEN_READY = "--quit-when-ready"  # start, show the window, quit: measures start-up
BENCH_WINDOW = "--bench-window"  # the bench's child that measures the window (ui.bench)
