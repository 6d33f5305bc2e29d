"""Juri's Qt windows and widgets, a thin layer over the headless core in ``app``."""
