/*
 * stdlib/heapq.c — the heapq module, a port of CPython 3.11's _heapqmodule.c
 * (siftdown/siftup and their max-heap twins, comparing with < only) and of
 * heapq.py's nlargest/nsmallest/merge without key, so a list holds exactly
 * what CPython's would after every operation.
 */
#include "stdlib/heapq.h"

static ai_word *items_of(ai_word heap) { return ai_as_list(heap)->items; }

static bool check_list(ai_word heap, const char *fname) {
  if (ai_is_list(heap)) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s() argument 1 must be list, not %s", fname, ai_type_name(heap));
  return false;
}

/* x sorts before y in this heap: x < y (min-heap) or y < x (max-heap) */
static int before(ai_word x, ai_word y, bool max) { return max ? ai_sl_lt(y, x) : ai_sl_lt(x, y); }

static bool changed(ai_word heap, int64_t size) {
  if (ai_as_list(heap)->len == size) return false;
  ai_raise(&ai_exc_RuntimeError, "list changed size during iteration");
  return true;
}

static bool siftdown(ai_word heap, int64_t startpos, int64_t pos, bool max) {
  int64_t size = ai_as_list(heap)->len;
  ai_word newitem = items_of(heap)[pos];
  while (pos > startpos) {
    int64_t parentpos = (pos - 1) >> 1;
    ai_word parent = items_of(heap)[parentpos];
    int c = before(newitem, parent, max);
    if (c < 0 || changed(heap, size)) return false;
    if (!c) break;
    ai_word *arr = items_of(heap);
    arr[pos] = parent;
    arr[parentpos] = newitem;
    pos = parentpos;
  }
  return true;
}

static bool siftup(ai_word heap, int64_t pos, bool max) {
  int64_t endpos = ai_as_list(heap)->len, startpos = pos, limit = endpos >> 1;
  while (pos < limit) {
    int64_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      int c = before(items_of(heap)[childpos], items_of(heap)[childpos + 1], max);
      if (c < 0 || changed(heap, endpos)) return false;
      childpos += c ^ 1;
    }
    ai_word *arr = items_of(heap);
    ai_word t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  return siftdown(heap, startpos, pos, max);
}

ai_word ai_heapq_heappush(ai_word heap, ai_word item) {
  if (!check_list(heap, "heappush")) return 0;
  if (!ai_list_append(heap, item)) return 0;
  return siftdown(heap, 0, ai_as_list(heap)->len - 1, false) ? AI_NONE_W : 0;
}

static ai_word heappop(ai_word heap, bool max) {
  AiList *l = ai_as_list(heap);
  if (l->len == 0) {
    ai_raise(&ai_exc_IndexError, "index out of range");
    return 0;
  }
  ai_word last = l->items[--l->len];
  l->items[l->len] = 0;
  if (l->len == 0) return last;
  ai_word ret = l->items[0];
  l->items[0] = last;
  return siftup(heap, 0, max) ? ret : 0;
}

ai_word ai_heapq_heappop(ai_word heap) {
  if (!check_list(heap, "heappop")) return 0;
  return heappop(heap, false);
}

static ai_word heapreplace(ai_word heap, ai_word item, bool max) {
  AiList *l = ai_as_list(heap);
  if (l->len == 0) {
    ai_raise(&ai_exc_IndexError, "index out of range");
    return 0;
  }
  ai_word ret = l->items[0];
  l->items[0] = item;
  return siftup(heap, 0, max) ? ret : 0;
}

ai_word ai_heapq_heapreplace(ai_word heap, ai_word item) {
  if (!check_list(heap, "heapreplace")) return 0;
  return heapreplace(heap, item, false);
}

ai_word ai_heapq_heappushpop(ai_word heap, ai_word item) {
  if (!check_list(heap, "heappushpop")) return 0;
  AiList *l = ai_as_list(heap);
  if (l->len == 0) return item;
  int c = ai_sl_lt(l->items[0], item);
  if (c < 0) return 0;
  if (!c) return item;
  if (l->len == 0) {
    ai_raise(&ai_exc_IndexError, "index out of range");
    return 0;
  }
  ai_word ret = l->items[0];
  l->items[0] = item;
  return siftup(heap, 0, false) ? ret : 0;
}

static bool heapify(ai_word heap, bool max) {
  for (int64_t i = (ai_as_list(heap)->len >> 1) - 1; i >= 0; i--)
    if (!siftup(heap, i, max)) return false;
  return true;
}

ai_word ai_heapq_heapify(ai_word heap) {
  if (!check_list(heap, "heapify")) return 0;
  return heapify(heap, false) ? AI_NONE_W : 0;
}

/* nsmallest / nlargest as heapq.py (key=None) */
static ai_word nbest(ai_word nw, ai_word iterable, bool largest) {
  int64_t n;
  if (!ai_index_arg(nw, &n)) return 0;
  if (n == 1) {
    ai_word it = ai_obj_iter(iterable);
    if (!it) return 0;
    ai_word sentinel = ai_list_new(0, NULL);
    if (!sentinel) return 0;
    ai_word r = largest ? ai_builtin_max(1, &it, sentinel) : ai_builtin_min(1, &it, sentinel);
    if (!r) return 0;
    return r == sentinel ? ai_list_new(0, NULL) : ai_list_new(1, &r);
  }
  int64_t size = ai_obj_len(iterable);
  if (size < 0) {
    if (!ai_exc_matches(&ai_exc_TypeError)) return 0;
    ai_exc_clear();
  } else if (n >= size) {
    ai_word s = ai_builtin_sorted(iterable, largest);
    if (!s) return 0;
    return s;
  }
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  ai_word result = ai_list_new(0, NULL);
  if (!result) return 0;
  /* [(elem, i) for i, elem in zip(range(n) or range(0, -n, -1), it)] */
  for (int64_t i = 0; i < n; i++) {
    ai_word v;
    if (!ai_iter_next(it, &v)) {
      if (ai_exc_pending()) return 0;
      break;
    }
    ai_word p = ai_tuple_pair(v, ai_small(largest ? -i : i));
    if (!p || !ai_list_append(result, p)) return 0;
  }
  AiList *rl = ai_as_list(result);
  if (rl->len == 0) return result;
  if (!heapify(result, !largest)) return 0;
  ai_word top = ai_as_tuple(rl->items[0])->items[0];
  int64_t order = largest ? -n : n;
  ai_word v;
  while (ai_iter_next(it, &v)) {
    int c = largest ? ai_sl_lt(top, v) : ai_sl_lt(v, top);
    if (c < 0) return 0;
    if (!c) continue;
    ai_word p = ai_tuple_pair(v, ai_small(order));
    if (!p || !heapreplace(result, p, !largest)) return 0;
    top = ai_as_tuple(rl->items[0])->items[0];
    order += largest ? -1 : 1;
  }
  if (ai_exc_pending()) return 0;
  if (!ai_list_sort_impl(rl, NULL, largest)) return 0;
  for (int64_t i = 0; i < rl->len; i++) rl->items[i] = ai_as_tuple(rl->items[i])->items[0];
  return result;
}

ai_word ai_heapq_nlargest(ai_word n, ai_word iterable) { return nbest(n, iterable, true); }
ai_word ai_heapq_nsmallest(ai_word n, ai_word iterable) { return nbest(n, iterable, false); }

ai_word ai_heapq_merge(int64_t n, const ai_word *iterables) {
  AiTuple *its = ai_tuple_alloc(n);
  ai_word h = ai_list_new(0, NULL), out = ai_list_new(0, NULL);
  if (!its || !h || !out) return 0;
  for (int64_t i = 0; i < n; i++) {
    ai_word it = ai_obj_iter(iterables[i]), v;
    if (!it) return 0;
    its->items[i] = it;
    if (ai_iter_next(it, &v)) {
      ai_word p = ai_tuple_pair(v, ai_small(i));
      if (!p || !ai_list_append(h, p)) return 0;
    } else if (ai_exc_pending()) {
      return 0;
    }
  }
  if (!heapify(h, false)) return 0;
  AiList *hl = ai_as_list(h);
  while (hl->len > 0) {
    AiTuple *s = ai_as_tuple(hl->items[0]);
    ai_word value = s->items[0], order = s->items[1], v;
    if (!ai_list_append(out, value)) return 0;
    if (ai_iter_next(its->items[ai_small_val(order)], &v)) {
      ai_word p = ai_tuple_pair(v, order);
      if (!p || !heapreplace(h, p, false)) return 0;
    } else {
      if (ai_exc_pending() || !heappop(h, false)) return 0;
    }
  }
  return ai_obj_iter(out);
}
