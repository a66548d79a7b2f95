/*
 * stdlib/html.c — the HTML5 named character references for html.unescape
 * (compiler/pylib/html.py): 2231 names, a table that would cost every program
 * importing html a dict literal to compile and build, looked up here instead.
 */
#include "stdlib/html.h"

#include "obj/object.h"

#include <string.h>

#include "stdlib/html_entities.h"

ai_word ai_html_entity(ai_word name) {
  const AiStr *s = ai_as_str(name);
  size_t lo = 0, hi = sizeof html_entities / sizeof html_entities[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const char *key = html_entities[mid].name;
    size_t klen = strlen(key);
    size_t n = klen < (size_t)s->nbytes ? klen : (size_t)s->nbytes;
    int c = memcmp(s->data, key, n);
    if (c == 0) c = (size_t)s->nbytes < klen ? -1 : (size_t)s->nbytes > klen ? 1 : 0;
    if (c == 0) {
      const char *v = html_entities[mid].value;
      return ai_str_from_utf8(v, (int64_t)strlen(v));
    }
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return ai_str_from_utf8("", 0);
}
