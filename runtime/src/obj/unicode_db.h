/* obj/unicode_db.h — per-code-point Unicode properties and full case mappings
 * (tables in unicode_db.c, generated from CPython 3.11 by
 * runtime/tests/gen_unicode_db.py). */
#ifndef AI_OBJ_UNICODE_DB_H
#define AI_OBJ_UNICODE_DB_H

#include <stdint.h>

enum {
  AI_UCD_ALPHA = 1 << 0,
  AI_UCD_DECIMAL = 1 << 1,
  AI_UCD_DIGIT = 1 << 2,
  AI_UCD_NUMERIC = 1 << 3,
  AI_UCD_LOWER = 1 << 4,
  AI_UCD_UPPER = 1 << 5,
  AI_UCD_TITLE = 1 << 6,
  AI_UCD_CASED = 1 << 7,
  AI_UCD_IGNORABLE = 1 << 8, /* Case_Ignorable */
  AI_UCD_XID_START = 1 << 9,
  AI_UCD_XID_CONTINUE = 1 << 10,
  AI_UCD_EXT_LOWER = 1 << 11, /* the mapping is an index into ai_ucd_ext, not a delta */
  AI_UCD_EXT_UPPER = 1 << 12,
  AI_UCD_EXT_TITLE = 1 << 13,
  AI_UCD_EXT_FOLD = 1 << 14,
};

typedef struct {
  int32_t flags;
  int32_t lower, upper, title, fold; /* delta to the mapped code point, or ext index */
} ai_ucd_record;

extern const ai_ucd_record ai_ucd_records[];
extern const uint16_t ai_ucd_index1[];
extern const uint16_t ai_ucd_index2[];
extern const uint32_t ai_ucd_ext[]; /* [n, cp1..cpn] sequences */

#define AI_UCD_SHIFT 7

static inline const ai_ucd_record *ai_ucd(uint32_t c) {
  if (c >= 0x110000) c = 0xFFFF; /* unassigned */
  return &ai_ucd_records[ai_ucd_index2[((uint32_t)ai_ucd_index1[c >> AI_UCD_SHIFT] << AI_UCD_SHIFT) |
                                       (c & ((1u << AI_UCD_SHIFT) - 1))]];
}
static inline int ai_ucd_flags(uint32_t c) { return ai_ucd(c)->flags; }

enum { AI_CASE_LOWER, AI_CASE_UPPER, AI_CASE_TITLE, AI_CASE_FOLD };
/* Full case mapping of c (which: AI_CASE_*): writes up to 3 code points to
 * out, returns how many. */
static inline int ai_ucd_map(uint32_t c, int which, uint32_t out[3]) {
  const ai_ucd_record *r = ai_ucd(c);
  int32_t v = which == AI_CASE_LOWER ? r->lower : which == AI_CASE_UPPER ? r->upper : which == AI_CASE_TITLE ? r->title : r->fold;
  if (r->flags & (AI_UCD_EXT_LOWER << which)) {
    const uint32_t *e = &ai_ucd_ext[v];
    int n = (int)e[0];
    for (int i = 0; i < n && i < 3; i++) out[i] = e[1 + i];
    return n;
  }
  out[0] = (uint32_t)((int32_t)c + v);
  return 1;
}

#endif
