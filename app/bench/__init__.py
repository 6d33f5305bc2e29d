"""``juri bench``: synthetic competitions at KIPP scale, and what each step costs.

Every figure comes from the same code a juror, the secretariat or the chair runs; only the
inputs are synthetic (random proposal bytes, random but plausible scores), so the bench can
make a 5,000-submission round in seconds on any machine. Nothing here is used by the app.
"""
