# Another .py file: only files named main.py matter to the entry-point search.
NOTE = "not the entry point"
