/* stdlib/re_vm.h — the matching machine under the Python-written re module
 * (compiler/pylib/re.py). */
#ifndef AI_STDLIB_RE_VM_H
#define AI_STDLIB_RE_VM_H

#include "aithon.h"

/* The pattern's tables are _Prog's lists (code, splitk, setasc, sets,
 * setmode, vm_info); subj is the str, start/end code point indexes. */

/* _Prog.search: the end of the leftmost match starting in [start, end], or
 * -1. mode: 0 search, 1 match, 2 fullmatch, plus 4 when the match must not be
 * empty at start (after an empty match). On a match the slots go to st. */
ai_word ai_re_search(ai_word code, ai_word splitk, ai_word setasc, ai_word sets, ai_word setmode, ai_word info,
                     ai_word subj, ai_word start, ai_word end, ai_word mode, ai_word st);
/* _Prog.scan: appends every match's first stride slots to out (at most limit
 * matches, 0: no limit); returns how many. */
ai_word ai_re_scan(ai_word code, ai_word splitk, ai_word setasc, ai_word sets, ai_word setmode, ai_word info,
                   ai_word subj, ai_word start, ai_word end, ai_word limit, ai_word out);
/* sub() with a literal replacement: subj with the span [found[i*stride],
 * found[i*stride+1]) of every match (code point indexes, in order) replaced
 * by literal, built as one str (no list of pieces to join). */
ai_word ai_re_splice(ai_word subj, ai_word found, ai_word stride, ai_word literal);

#endif
