"""Packaged data: fonts, translations, icons, the integrity pact and the demo competition.

A package (not a plain folder) so ``importlib.resources``, wheels and PyInstaller all find it.
"""
