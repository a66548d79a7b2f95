"""The `concurrent` package of the bundled library: `concurrent.futures` (futures/__init__.py)."""
