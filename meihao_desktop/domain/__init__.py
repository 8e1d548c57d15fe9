"""The reviewers' world in plain Python: standards, scoring, eligibility, aggregation.

Nothing in this package imports Qt or the database layer; it is tested in milliseconds.
"""
