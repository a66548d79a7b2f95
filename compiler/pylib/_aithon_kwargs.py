"""Keyword arguments of a call with several `**` mappings (the parser's mergedKeywords).

`f(k=1, **m, **n)` calls `f(**merge_kwargs(name, ({'k': 1}, m, n)))`: the keywords and
mappings merged in order into one dict, as CPython's DICT_MERGE does, with its TypeError
for a key given twice (`name` is the callee as CPython's message names it, `__main__.f()`).
"""


def merge_kwargs(name, mappings):
    merged = {}
    for mapping in mappings:
        for key in mapping.keys():
            if key in merged:
                raise TypeError(name + " got multiple values for keyword argument '" + key + "'")
            merged[key] = mapping[key]
    return merged
