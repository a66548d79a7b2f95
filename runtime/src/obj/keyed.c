/*
 * obj/keyed.c — sorting and min/max by precomputed keys.
 *
 * Compiled code evaluates key functions itself (they are compiled Python
 * functions, called statically); these helpers then order the items by the
 * keys with CPython's semantics: a stable sort comparing keys with `<` only,
 * and min/max returning the first extreme item.
 */
#include "aithon.h"
#include "aithon_actor.h"
#include "containers.h"

#include <stdlib.h>
#include <string.h>

/* -1 raised, else whether keys[a] < keys[b]. */
static int key_less(const ai_word *keys, int64_t a, int64_t b) { return ai_obj_compare(AI_LT, keys[a], keys[b]); }

/* Stable merge sort of the index array `idx` by keys; false when a comparison raised. */
static bool merge_sort(int64_t *idx, int64_t *tmp, int64_t n, const ai_word *keys, bool reverse) {
  if (n < 2) return true;
  int64_t mid = n / 2;
  if (!merge_sort(idx, tmp, mid, keys, reverse) || !merge_sort(idx + mid, tmp, n - mid, keys, reverse)) return false;
  int64_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) {
    /* reverse keeps equal keys in their original order, as CPython's reverse=True does */
    int lt = reverse ? key_less(keys, idx[i], idx[j]) : key_less(keys, idx[j], idx[i]);
    if (lt < 0) return false;
    if (lt) tmp[k++] = idx[j++];
    else tmp[k++] = idx[i++];
    ai_sched_work_tick(k);
  }
  while (i < mid) tmp[k++] = idx[i++];
  while (j < n) tmp[k++] = idx[j++];
  memcpy(idx, tmp, (size_t)n * sizeof *idx);
  return true;
}

static int64_t *sorted_order(ai_word items, ai_word keys, bool reverse, int64_t *n_out) {
  AiList *it = ai_as_list(items);
  AiList *ks = ai_as_list(keys);
  int64_t n = it->len < ks->len ? it->len : ks->len;
  int64_t *idx = malloc(sizeof(int64_t) * (size_t)(n ? n : 1) * 2);
  if (!idx) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return NULL;
  }
  for (int64_t i = 0; i < n; i++) idx[i] = i;
  if (!merge_sort(idx, idx + n, n, ks->items, reverse)) {
    free(idx);
    return NULL;
  }
  *n_out = n;
  return idx;
}

ai_word ai_sort_keyed(ai_word items, ai_word keys, bool reverse) {
  int64_t n = 0;
  int64_t *idx = sorted_order(items, keys, reverse, &n);
  if (!idx) return 0;
  AiList *it = ai_as_list(items);
  ai_word out = ai_list_new(0, NULL);
  for (int64_t i = 0; out && i < n; i++) {
    if (!ai_list_append(out, it->items[idx[i]])) out = 0;
  }
  free(idx);
  return out;
}

bool ai_sort_keyed_inplace(ai_word list, ai_word keys, bool reverse) {
  ai_word sorted = ai_sort_keyed(list, keys, reverse);
  if (!sorted) return false;
  AiList *dst = ai_as_list(list);
  AiList *src = ai_as_list(sorted);
  for (int64_t i = 0; i < src->len && i < dst->len; i++) dst->items[i] = src->items[i];
  return true;
}

ai_word ai_minmax_keyed(ai_word items, ai_word keys, bool is_max, ai_word dflt, const char *fname) {
  AiList *it = ai_as_list(items);
  AiList *ks = ai_as_list(keys);
  if (it->len == 0) {
    if (dflt) return dflt;
    ai_raise(&ai_exc_ValueError, is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    (void)fname;
    return 0;
  }
  int64_t best = 0;
  for (int64_t i = 1; i < it->len && i < ks->len; i++) {
    /* strictly better only: the first extreme item wins */
    int better = is_max ? ai_obj_compare(AI_GT, ks->items[i], ks->items[best]) : ai_obj_compare(AI_LT, ks->items[i], ks->items[best]);
    if (better < 0) return 0;
    if (better) best = i;
  }
  return it->items[best];
}

/* The cache of a memoised function (@functools.cache): the dict in the global
 * `*slot`, created on first use. */
ai_word ai_cache_dict(ai_word *slot) {
  if (!*slot) *slot = ai_dict_new();
  return *slot;
}

/* A bounded @lru_cache keeps its entries in the dict's order, least recently used first, as
 * CPython's linked list does: a hit moves the key to the end, a store beyond maxsize drops the
 * first. (A dict's deleted entries stay in place until it is compacted, so the first live one
 * is found by a scan; caches are small, and compaction bounds the scan by the capacity.) */
bool ai_lru_touch(ai_word dict, ai_word key) {
  ai_word value;
  int r = ai_dict_del(ai_as_dict(dict), key, &value);
  if (r <= 0) return r == 0; /* gone (cleared by a call made meanwhile): nothing to move */
  return ai_dict_set(dict, key, value);
}

bool ai_lru_store(ai_word dict, ai_word key, ai_word value, int64_t maxsize) {
  if (!ai_dict_set(dict, key, value)) return false;
  AiDict *d = ai_as_dict(dict);
  while (d->used > maxsize) {
    int64_t i = 0;
    while (i < d->nentries && !d->entries[i].key) i++;
    if (i == d->nentries) break;
    if (ai_dict_del(d, d->entries[i].key, NULL) < 0) return false;
  }
  return true;
}
