"""Helpers for the blocking-orders notebooks: one module per stage of the analysis.

paths → corpus → text → actors → sentiment / stance → events → timeline → charts;
pipeline ties them together, tables holds the contract, report runs the notebooks,
validation checks every method against the hand labels in data/annotations/.
"""

__version__ = "0.1.0"
