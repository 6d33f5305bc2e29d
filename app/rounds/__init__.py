"""Across rounds: the chain of merged files from the first score to the final line-up."""
