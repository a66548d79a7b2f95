/*
 * stdlib/re_vm_body.h — the matching machine of stdlib/re_vm.c for one kind
 * of subject, included once per kind: CH is the element type (uint8_t for an
 * ASCII str, read in place; uint32_t for the code points of any other str;
 * ai_word for a list of code points), AT(i) the code point at i and NAME(x)
 * suffixes the function names. A port of _run, _count_units, _at
 * and _Prog.search of compiler/pylib/re.py (the instruction set is described
 * there); the backtrack frames are the same, kind last.
 */

/* How many units match from pos (not past limit). */
static int64_t NAME(count_units)(const ReVM *vm, int64_t ut, int64_t ua, const CH *s, int64_t pos, int64_t limit) {
  int64_t p = pos;
  switch (ut) {
  case OP_ANYALL:
    return limit - pos;
  case OP_ANY:
  case OP_NOTCHAR: {
    int64_t stop = ut == OP_ANY ? 10 : ua;
#if CH_IS_BYTE
    if (stop > 127) return limit - pos;
    const void *hit = limit > pos ? memchr(s + pos, (int)stop, (size_t)(limit - pos)) : NULL;
    return hit ? (const CH *)hit - (s + pos) : limit - pos;
#else
    while (p < limit && AT(p) != (CH)stop) p++;
    return p - pos;
#endif
  }
  case OP_CHAR:
    while (p < limit && AT(p) == (CH)ua) p++;
    return p - pos;
  case OP_SET: {
    const uint8_t *row = vm->setasc + (ua << 7);
    while (p < limit) {
      uint32_t c = AT(p);
      if (c < 128) {
        if (row[c] == 0) break;
      } else if (!set_test(vm, ua, c)) break;
      p++;
    }
    return p - pos;
  }
  default:
    while (p < limit && unit_ok(vm, ut, ua, AT(p))) p++;
    return p - pos;
  }
}

static bool NAME(at)(int64_t kind, const CH *s, int64_t pos, int64_t end) {
  switch (kind) {
  case AT_BEGINNING:
  case AT_BEGINNING_STRING:
    return pos == 0;
  case AT_BEGINNING_LINE:
    return pos == 0 || AT(pos - 1) == 10;
  case AT_END:
    return pos == end || (pos + 1 == end && AT(pos) == 10);
  case AT_END_LINE:
    return pos == end || AT(pos) == 10;
  case AT_END_STRING:
    return pos == end;
  }
  if (end == 0) return false;
  bool uni = kind == AT_UNI_BOUNDARY || kind == AT_UNI_NON_BOUNDARY;
  bool before = pos > 0 && (uni ? is_word(AT(pos - 1)) : is_word_ascii(AT(pos - 1)));
  bool after = pos < end && (uni ? is_word(AT(pos)) : is_word_ascii(AT(pos)));
  if (kind == AT_UNI_BOUNDARY || kind == AT_BOUNDARY) return before != after;
  return before == after;
}

/* Runs the program at start; returns the end of the match or -1 (and all
 * slots -1 again). rmode: 0 any match, 1 must end at end (fullmatch), 2 must
 * not be empty (after an empty match). The stack is empty on entry; after a
 * match it holds what the caller drops. */
static int64_t NAME(run)(ReVM *vm, const CH *s, int64_t start, int64_t end, int rmode) {
  const ai_word *code = vm->code;
  const uint8_t *setasc = vm->setasc;
  int64_t *st = vm->st;
  int64_t regbase = vm->regbase;
  int64_t pc = 0, pos = start;
  bool dirty = false;
  vm->sp = 0;
  for (;;) {
    int64_t op = C(pc);
    switch (op) {
    case OP_CHAR:
      if (pos < end && (int64_t)AT(pos) == C(pc + 1)) {
        pos++;
        pc += 2;
        continue;
      }
      break;
    case OP_STR: {
      int64_t n = C(pc + 1);
      if (pos + n <= end) {
        int64_t i = 0;
        while (i < n && (int64_t)AT(pos + i) == C(pc + 2 + i)) i++;
        if (i == n) {
          pos += n;
          pc += n + 2;
          continue;
        }
      }
      break;
    }
    case OP_SET:
      if (pos < end) {
        uint32_t c = AT(pos);
        int64_t sid = C(pc + 1);
        if (c < 128 ? setasc[(sid << 7) + c] != 0 : set_test(vm, sid, c)) {
          pos++;
          pc += 2;
          continue;
        }
      }
      break;
    case OP_REP1: {
      int64_t lo = C(pc + 1), hi = C(pc + 2), mode = C(pc + 3), ut = C(pc + 4), ua = C(pc + 5);
      int64_t npc = pc + 6;
      int64_t limit = hi < end - pos ? pos + hi : end;
      if (mode != 1) {
        int64_t n = NAME(count_units)(vm, ut, ua, s, pos, limit);
        if (n < lo) break;
        int64_t minpos = pos + lo;
        pos += n;
        if (mode == 0 && pos > minpos && (C(npc) != OP_MATCH || rmode != 0)) {
          if (C(npc) == OP_CHAR) {
            /* the tail starts with a literal: skip the positions where it
             * cannot match */
            int64_t ch = C(npc + 1);
            while (pos > minpos && (pos >= end || (int64_t)AT(pos) != ch)) pos--;
            if (pos < end && (int64_t)AT(pos) == ch && pos > minpos) PUSH4(npc, minpos, pos, F_REP1G);
          } else {
            PUSH4(npc, minpos, pos, F_REP1G);
          }
        }
        pc = npc;
        continue;
      }
      int64_t n = 0;
      if (lo > 0) n = NAME(count_units)(vm, ut, ua, s, pos, pos + lo < limit ? pos + lo : limit);
      if (n < lo) break;
      pos += lo;
      if (C(npc) == OP_CHAR) {
        int64_t ch = C(npc + 1);
        while (pos < limit && (int64_t)AT(pos) != ch && unit_ok(vm, ut, ua, AT(pos))) pos++;
      }
      if (pos < limit) {
        PUSH3(npc, pos, limit);
        PUSH3(ut, ua, F_REP1L);
      }
      pc = npc;
      continue;
    }
    case OP_SAVE: {
      /* With nothing to backtrack to, there is nothing to restore (a
       * failed attempt resets the slots instead: dirty). */
      int64_t slot = C(pc + 1);
      if (vm->sp == 0) dirty = true;
      else PUSH3(slot, st[slot], F_SET);
      st[slot] = pos;
      if (slot & 1) {
        int64_t li = regbase - 1;
        if (vm->sp != 0) PUSH3(li, st[li], F_SET);
        st[li] = slot >> 1;
      }
      pc += 2;
      continue;
    }
    case OP_SPLIT: {
      int64_t k = ai_small_val(vm->splitk[pc]);
      if (k >= 0 && pos < end) {
        uint32_t c = AT(pos);
        if (c < 128) {
          if (setasc[(k << 7) + c] == 0) {
            /* the first branch cannot start here */
            pc = C(pc + 2);
            continue;
          }
          if (setasc[((k + 1) << 7) + c] == 0) {
            /* nor can the second: nothing to come back to */
            pc = C(pc + 1);
            continue;
          }
        }
      }
      PUSH3(C(pc + 2), pos, F_ALT);
      pc = C(pc + 1);
      continue;
    }
    case OP_JMP:
      ai_sched_work_tick(vm->work++);
      pc = C(pc + 1);
      continue;
    case OP_MATCH:
      if (rmode == 0 || (rmode == 1 && pos == end) || (rmode == 2 && pos != start)) return pos;
      break;
    case OP_ANY:
      if (pos < end && AT(pos) != 10) {
        pos++;
        pc++;
        continue;
      }
      break;
    case OP_ANYALL:
      if (pos < end) {
        pos++;
        pc++;
        continue;
      }
      break;
    case OP_AT:
      if (NAME(at)(C(pc + 1), s, pos, end)) {
        pc += 2;
        continue;
      }
      break;
    case OP_NOTCHAR:
      if (pos < end && (int64_t)AT(pos) != C(pc + 1)) {
        pos++;
        pc += 2;
        continue;
      }
      break;
    case OP_CHAR_I:
      if (pos < end && (int64_t)re_lower(AT(pos)) == C(pc + 1)) {
        pos++;
        pc += 2;
        continue;
      }
      break;
    case OP_NOTCHAR_I:
      if (pos < end && (int64_t)re_lower(AT(pos)) != C(pc + 1)) {
        pos++;
        pc += 2;
        continue;
      }
      break;
    case OP_REPINIT: {
      int64_t r = regbase + 2 * C(pc + 1);
      if (vm->sp == 0) dirty = true;
      else {
        PUSH3(r, st[r], F_SET);
        PUSH3(r + 1, st[r + 1], F_SET);
      }
      st[r] = 0;
      st[r + 1] = -1;
      pc += 2;
      continue;
    }
    case OP_REPLOOP: {
      ai_sched_work_tick(vm->work++);
      int64_t r = regbase + 2 * C(pc + 1);
      int64_t count = st[r];
      if (count < C(pc + 2)) {
        if (vm->sp == 0) dirty = true;
        else PUSH3(r, count, F_SET);
        st[r] = count + 1;
        pc += 6;
        continue;
      }
      if (C(pc + 4) == 0) {
        if (count < C(pc + 3) && pos != st[r + 1]) {
          PUSH3(C(pc + 5), pos, F_ALT);
          PUSH3(r, count, F_SET);
          PUSH3(r + 1, st[r + 1], F_SET);
          st[r] = count + 1;
          st[r + 1] = pos;
          pc += 6;
        } else {
          pc = C(pc + 5);
        }
        continue;
      }
      PUSH3(pc, pos, F_REPLAZY);
      pc = C(pc + 5);
      continue;
    }
    case OP_BACKREF: {
      int64_t g = C(pc + 1);
      int64_t a = st[2 * g], b = st[2 * g + 1];
      if (a >= 0 && b >= 0 && pos + (b - a) <= end) {
        int64_t cm = C(pc + 2), i = 0, n = b - a;
        if (cm == 0) {
          while (i < n && AT(pos + i) == AT(a + i)) i++;
        } else if (cm == 1) {
          while (i < n && re_lower(AT(pos + i)) == re_lower(AT(a + i))) i++;
        } else {
          while (i < n && lower_ascii(AT(pos + i)) == lower_ascii(AT(a + i))) i++;
        }
        if (i == n) {
          pos += n;
          pc += 3;
          continue;
        }
      }
      break;
    }
    case OP_LOOK: {
      int64_t kind = C(pc + 1);
      if (kind >= 2) {
        int64_t width = C(pc + 2);
        if (pos < width) {
          if (kind == 3) {
            pc = C(pc + 3);
            continue;
          }
          break;
        }
        PUSH4(kind, pos, C(pc + 3), F_LOOK);
        pos -= width;
        pc += 4;
        continue;
      }
      PUSH4(kind, pos, C(pc + 3), F_LOOK);
      pc += 4;
      continue;
    }
    case OP_LOOKEND:
    case OP_ATOMICEND: {
      /* The assertion's body matched: drop its backtrack points down to
       * its marker, keeping (or, when negated, undoing) its sets. */
      int64_t *stk = vm->stk;
      int64_t kind = 0, saved = pos, nkeep = 0;
      for (;;) {
        int64_t k = stk[--vm->sp];
        if (k == F_SET) {
          if (nkeep + 2 > vm->keep_cap) keep_grow(vm);
          vm->keep[nkeep++] = stk[--vm->sp];
          vm->keep[nkeep++] = stk[--vm->sp];
        } else if (k == F_ALT || k == F_REPLAZY) {
          vm->sp -= 2;
        } else if (k == F_REP1G) {
          vm->sp -= 3;
        } else if (k == F_REP1L) {
          vm->sp -= 5;
        } else if (k == F_LOOK) {
          vm->sp--;
          saved = stk[--vm->sp];
          kind = stk[--vm->sp];
          break;
        } else {
          break;
        }
      }
      if (op == OP_LOOKEND && (kind & 1) == 1) {
        /* negative assertion whose body matched: undo, then fail */
        for (int64_t i = 0; i < nkeep; i += 2) st[vm->keep[i + 1]] = vm->keep[i];
        break;
      }
      for (int64_t i = nkeep - 2; i >= 0; i -= 2) PUSH3(vm->keep[i + 1], vm->keep[i], F_SET);
      if (op == OP_LOOKEND) pos = saved;
      pc++;
      continue;
    }
    case OP_ATOMIC:
      PUSH1(F_ATOMIC);
      pc++;
      continue;
    case OP_GROUPEXISTS: {
      int64_t g = C(pc + 1);
      if (st[2 * g] >= 0 && st[2 * g + 1] >= 0) pc += 3;
      else pc = C(pc + 2);
      continue;
    }
    default:
      break;
    }
    /* backtrack (a long match gives way to the worker's other actors: the
     * machine's state is this frame's and vm's, on this actor's stack) */
    for (;;) {
      ai_sched_work_tick(vm->work++);
      int64_t *stk = vm->stk;
      if (vm->sp == 0) {
        if (dirty)
          for (int64_t i = 0; i < vm->nslots; i++) st[i] = -1;
        return -1;
      }
      int64_t k = stk[--vm->sp];
      if (k == F_SET) {
        int64_t old = stk[--vm->sp];
        st[stk[--vm->sp]] = old;
        continue;
      }
      if (k == F_ALT) {
        pos = stk[--vm->sp];
        pc = stk[--vm->sp];
        break;
      }
      if (k == F_REP1G) {
        int64_t cur = stk[--vm->sp] - 1;
        int64_t minpos = stk[--vm->sp];
        int64_t npc = stk[vm->sp - 1];
        if (C(npc) == OP_CHAR) {
          int64_t ch = C(npc + 1);
          while (cur >= minpos && (int64_t)AT(cur) != ch) cur--;
          if (cur < minpos) {
            vm->sp--;
            continue;
          }
        }
        if (cur > minpos) {
          PUSH3(minpos, cur, F_REP1G);
        } else {
          vm->sp--;
        }
        pc = npc;
        pos = cur;
        break;
      }
      if (k == F_REP1L) {
        int64_t ua = stk[--vm->sp];
        int64_t ut = stk[--vm->sp];
        int64_t limit = stk[--vm->sp];
        int64_t cur = stk[--vm->sp];
        int64_t npc = stk[vm->sp - 1];
        if (cur < limit && unit_ok(vm, ut, ua, AT(cur))) {
          cur++;
          if (C(npc) == OP_CHAR) {
            int64_t ch = C(npc + 1);
            while (cur < limit && (int64_t)AT(cur) != ch && unit_ok(vm, ut, ua, AT(cur))) cur++;
          }
          if (cur < limit) {
            PUSH3(cur, limit, ut);
            PUSH2(ua, F_REP1L);
          } else {
            vm->sp--;
          }
          pc = npc;
          pos = cur;
          break;
        }
        vm->sp--;
        continue;
      }
      if (k == F_LOOK) {
        int64_t after = stk[--vm->sp];
        int64_t p = stk[--vm->sp];
        int64_t kind = stk[--vm->sp];
        if (kind & 1) {
          /* negative assertion whose body failed: it holds */
          pos = p;
          pc = after;
          break;
        }
        continue;
      }
      if (k == F_ATOMIC) continue;
      if (k == F_REPLAZY) {
        int64_t p = stk[--vm->sp];
        int64_t lpc = stk[--vm->sp];
        int64_t r = regbase + 2 * C(lpc + 1);
        int64_t count = st[r];
        if (count >= C(lpc + 3) || p == st[r + 1]) continue;
        PUSH3(r, count, F_SET);
        PUSH3(r + 1, st[r + 1], F_SET);
        st[r] = count + 1;
        st[r + 1] = p;
        pos = p;
        pc = lpc + 6;
        break;
      }
      if (dirty)
        for (int64_t i = 0; i < vm->nslots; i++) st[i] = -1;
      return -1;
    }
  }
}

/* The leftmost match starting in [start, end]: its end (vm->st holds the
 * groups, st[0] and st[1] the match) or -1. mode 0 search, 1 match (at
 * start only), 2 fullmatch. */
static int64_t NAME(search)(ReVM *vm, const CH *s, int64_t start, int64_t end, int mode, bool must_advance) {
  if (start > end) return -1;
  int rmode = mode == 2 ? 1 : 0;
  if (must_advance) rmode = 2;
  int64_t e;
  if (mode != 0 || vm->first == FIRST_AT_START) {
    if (mode == 0 && start != 0) return -1;
    e = NAME(run)(vm, s, start, end, rmode);
    if (e >= 0) {
      vm->st[0] = start;
      vm->st[1] = e;
    }
    return e;
  }
  int64_t first = vm->first, fa = vm->first_arg;
  const uint8_t *row = vm->setasc + (fa << 7);
  for (int64_t pos = start; pos <= end; pos++) {
    ai_sched_work_tick(vm->work++);
    if (first == FIRST_CHAR) {
#if CH_IS_BYTE
      if (fa > 127) return -1;
      if (vm->prefix_len > 1) {
        /* a literal prefix: memmem finds its next occurrence */
        const void *hit = end - pos >= vm->prefix_len ? memmem(s + pos, (size_t)(end - pos), vm->prefix, (size_t)vm->prefix_len) : NULL;
        if (!hit) return -1;
        pos = (const CH *)hit - s;
      } else {
        const void *hit = pos < end ? memchr(s + pos, (int)fa, (size_t)(end - pos)) : NULL;
        if (!hit) return -1;
        pos = (const CH *)hit - s;
      }
#else
      while (pos < end && (int64_t)AT(pos) != fa) pos++;
      if (pos >= end) return -1;
#endif
    } else if (first == FIRST_SET) {
      while (pos < end) {
        uint32_t c = AT(pos);
        if (c < 128 ? row[c] != 0 : set_test(vm, fa, c)) break;
        pos++;
      }
      if (pos >= end) return -1;
    } else if (first == FIRST_ROW) {
      /* skip the ASCII characters no match starts with */
      while (pos < end) {
        uint32_t c = AT(pos);
        if (c >= 128 || row[c] != 0) break;
        pos++;
      }
      if (pos >= end) return -1;
    }
    e = NAME(run)(vm, s, pos, end, rmode);
    if (e >= 0) {
      vm->st[0] = pos;
      vm->st[1] = e;
      return e;
    }
    rmode = 0;
  }
  return -1;
}
