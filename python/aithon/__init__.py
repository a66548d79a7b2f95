"""AIthon's pure-Python support package.

Programs compiled by AIthon import ``aithon.actors`` from the native runtime;
under CPython the same import finds this package (put the repository's
``python/`` folder on ``PYTHONPATH``). See docs/actors.md.
"""
