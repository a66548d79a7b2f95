"""The `urllib` package: only its `parse` module (compiler/pylib/urllib/parse.py); no network (request, response, robotparser)."""
