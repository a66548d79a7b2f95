/* test_actor_print.c — print() from many actors on every worker at once:
 * stdout's buffer is shared, so each print() must come out as one whole line
 * (no torn or lost bytes), under ThreadSanitizer too. Actors also print a
 * value whose str() allocates (an int made a str inside print) and use
 * sys.stdout.write-style raw writes. fd 1 goes to a temporary file for the
 * duration, then the file is read back and every line checked. */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "io/print.h"
#include "obj/int.h"

#include <fcntl.h>
#include <unistd.h>

enum { ACTORS = 16, LINES = 400 };

static ai_pid arg_pid(ai_word w) { return ai_actor_pid_of(w); }

/* args: parent pid, actor number. Prints LINES lines "actor A line L <pad>". */
static void printer(const ai_word *args, int64_t n) {
  (void)n;
  int64_t a = ai_small_val(args[1]);
  static const char pad[] = "................................................................";
  for (int64_t l = 0; l < LINES; l++) {
    char head[64];
    int len = snprintf(head, sizeof head, "actor %lld line", (long long)a);
    ai_word parts[3] = {ai_str_from_utf8(head, len), ai_small(l), ai_str_from_utf8(pad, (int64_t)(l % 64))};
    if (l % 3 == 0) {
      /* a raw write of a whole line, as sys.stdout.write does */
      char line[160];
      int k = snprintf(line, sizeof line, "actor %lld line %lld %.*s\n", (long long)a, (long long)l, (int)(l % 64), pad);
      ai_stdout_write(line, (size_t)k);
    } else if (!ai_print(3, parts, 0, 0, l % 50 == 0)) {
      ai_actor_send(arg_pid(args[0]), ai_small(-1));
      return;
    }
  }
  ai_actor_send(arg_pid(args[0]), ai_small(a));
}

int main(void) {
  char path[] = "/tmp/aithon-test-print-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  fflush(stdout);
  int saved = dup(1);
  CHECK(dup2(fd, 1) == 1);

  ai_word me = ai_actor_pid_word(ai_actor_self());
  for (int64_t a = 0; a < ACTORS; a++) ai_actor_spawn(printer, 2, (ai_word[]){me, ai_small(a)});
  int64_t done = 0, failed = 0;
  for (int i = 0; i < ACTORS; i++) {
    ai_word r = ai_actor_receive(AI_ACTOR_INFINITY);
    if (ai_small_val(r) < 0) failed++;
    else done++;
  }
  ai_stdout_flush();
  CHECK(dup2(saved, 1) == 1);
  close(saved);
  CHECK_I64(failed, 0);
  CHECK_I64(done, ACTORS);

  /* Read back: every line whole, each actor's lines all there and in order. */
  FILE *f = fdopen(fd, "r");
  CHECK(f != NULL);
  rewind(f);
  int64_t next[ACTORS] = {0};
  int64_t lines = 0, bad = 0;
  char buf[256];
  while (fgets(buf, sizeof buf, f)) {
    long long a = -1, l = -1;
    int used = 0;
    lines++;
    if (sscanf(buf, "actor %lld line %lld%n", &a, &l, &used) != 2 || a < 0 || a >= ACTORS || l != next[a] || buf[used++] != ' ') {
      if (bad++ < 3) fprintf(stderr, "bad line: %s", buf);
      continue;
    }
    /* the padding: exactly l % 64 dots, then the newline */
    size_t dots = strspn(buf + used, ".");
    if (dots != (size_t)(l % 64) || strcmp(buf + used + dots, "\n") != 0) {
      if (bad++ < 3) fprintf(stderr, "torn line: %s", buf);
      continue;
    }
    next[a]++;
  }
  fclose(f);
  unlink(path);
  CHECK_I64(bad, 0);
  CHECK_I64(lines, (int64_t)ACTORS * LINES);
  for (int a = 0; a < ACTORS; a++) CHECK_I64(next[a], LINES);
  TEST_MAIN_END();
}
