"""The demo competition: a KIPP-like round with real signed files, built by the real services."""
