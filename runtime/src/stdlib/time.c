/*
 * stdlib/time.c — the time module: clocks as CPython 3.11 reads them on Linux
 * (time: CLOCK_REALTIME; perf_counter and monotonic: CLOCK_MONOTONIC;
 * process_time: CLOCK_PROCESS_CPUTIME_ID), converted to float seconds with
 * _PyTime_AsSecondsDouble's rounding; sleep on an absolute monotonic deadline
 * (clock_nanosleep, resumed after EINTR); strftime of the local time.
 */
#define _GNU_SOURCE
#include "stdlib/time.h"

#include "exc/exception.h"
#include "obj/object.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int64_t ai_time_clock_ns(int clock_id) {
  struct timespec ts;
  if (clock_gettime((clockid_t)clock_id, &ts) != 0) return 0;
  return (int64_t)ts.tv_sec * 1000000000 + (int64_t)ts.tv_nsec;
}

/* _PyTime_AsSecondsDouble */
static double ns_to_seconds(int64_t t) {
  volatile double d;
  if (t % 1000000000 == 0) d = (double)(t / 1000000000);
  else {
    d = (double)t;
    d /= 1e9;
  }
  return d;
}

double ai_time_time(void) { return ns_to_seconds(ai_time_clock_ns(CLOCK_REALTIME)); }
ai_word ai_time_time_ns(void) { return ai_int_from_i64(ai_time_clock_ns(CLOCK_REALTIME)); }
double ai_time_perf_counter(void) { return ns_to_seconds(ai_time_clock_ns(CLOCK_MONOTONIC)); }
ai_word ai_time_perf_counter_ns(void) { return ai_int_from_i64(ai_time_clock_ns(CLOCK_MONOTONIC)); }
double ai_time_monotonic(void) { return ns_to_seconds(ai_time_clock_ns(CLOCK_MONOTONIC)); }
ai_word ai_time_monotonic_ns(void) { return ai_int_from_i64(ai_time_clock_ns(CLOCK_MONOTONIC)); }
double ai_time_process_time(void) { return ns_to_seconds(ai_time_clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
ai_word ai_time_process_time_ns(void) { return ai_int_from_i64(ai_time_clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }

bool ai_time_sleep(double secs) {
  if (isnan(secs)) {
    ai_raise(&ai_exc_ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  /* _PyTime_FromSecondsObject(..., _PyTime_ROUND_TIMEOUT): ns rounded up */
  double d = ceil(secs * 1e9);
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
    ai_raise(&ai_exc_OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  int64_t ns = (int64_t)d;
  if (ns < 0) {
    ai_raise(&ai_exc_ValueError, "sleep length must be non-negative");
    return false;
  }
  int64_t now = ai_time_clock_ns(CLOCK_MONOTONIC);
  int64_t deadline = now > INT64_MAX - ns ? INT64_MAX : now + ns;
  struct timespec ts = {(time_t)(deadline / 1000000000), (long)(deadline % 1000000000)};
  int rc;
  while ((rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL)) == EINTR) {
  }
  if (rc != 0) { /* no absolute monotonic sleep here: relative nanosleep, resumed */
    struct timespec rel = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)}, rem;
    while (nanosleep(&rel, &rem) != 0 && errno == EINTR) rel = rem;
  }
  return true;
}

static pthread_once_t tz_once = PTHREAD_ONCE_INIT;
static void tz_init(void) { tzset(); }

ai_word ai_time_strftime(ai_word format) {
  if (!ai_is_str(format)) {
    ai_raise_fmt(&ai_exc_TypeError, "strftime() argument 1 must be str, not %s", ai_type_name(format));
    return 0;
  }
  AiStr *f = ai_as_str(format);
  if (memchr(f->data, 0, (size_t)f->nbytes)) {
    ai_raise(&ai_exc_ValueError, "embedded null character");
    return 0;
  }
  pthread_once(&tz_once, tz_init);
  time_t now = time(NULL);
  struct tm tm;
  if (!localtime_r(&now, &tm)) {
    ai_raise(&ai_exc_OverflowError, "timestamp out of range for platform time_t");
    return 0;
  }
  size_t fmtlen = (size_t)f->nbytes;
  /* CPython's loop: grow the buffer until the result is non-empty or the
   * buffer is 256 times the format (an empty result, e.g. for "") */
  for (size_t i = 1024;; i += i) {
    char *out = malloc(i);
    if (!out) {
      ai_raise(&ai_exc_MemoryError, NULL);
      return 0;
    }
    size_t n = strftime(out, i, f->data, &tm);
    if (n > 0 || i >= 256 * fmtlen) {
      ai_word s = ai_str_from_utf8(out, (int64_t)n);
      free(out);
      return s;
    }
    free(out);
  }
}
