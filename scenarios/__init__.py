"""Suites of scenarios: our built-in one, and loaders for benchmark data sets."""
