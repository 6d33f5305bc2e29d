"""Reading and writing Juri's files: spreadsheets, rubric, roster, manifest and result files."""
