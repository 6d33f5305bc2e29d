"""Submission packages: building and signing them, and opening them safely."""
