"""The competition model: rubric, rounds, submissions, jurors and evaluations (pure Python)."""
