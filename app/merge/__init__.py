"""The chair's merge: verify every file, keep the newest genuine result of each juror, rank.

One module per job: :mod:`~app.merge.intake` gives every input file its status,
:mod:`~app.merge.table` lays the accepted evaluations out, :mod:`~app.merge.methods` turns each
submission's totals into one score, :mod:`~app.merge.ranking` ranks, :mod:`~app.merge.agreement`
flags disagreements and measures reliability, :mod:`~app.merge.merged_file` is the signed merged
file, :mod:`~app.merge.service` ties them together, :mod:`~app.merge.spreadsheet` exports,
:mod:`~app.merge.store` keeps files and decisions across sessions.
"""
