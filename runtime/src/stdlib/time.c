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
#include "obj/containers.h"
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

static ai_word format_tm(ai_word format, const struct tm *tm);

ai_word ai_time_strftime(ai_word format) {
  pthread_once(&tz_once, tz_init);
  time_t now = time(NULL);
  struct tm tm;
  if (!localtime_r(&now, &tm)) {
    ai_raise(&ai_exc_OverflowError, "timestamp out of range for platform time_t");
    return 0;
  }
  return format_tm(format, &tm);
}

/* time.gmtime(secs) / time.localtime(secs) (secs None: now), as the tuple
 * (tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday, tm_isdst, tm_zone, tm_gmtoff)
 * that compiler/pylib/time.py makes a struct_time of. The local zone is the C library's: TZ, else /etc/localtime. */
ai_word ai_time_tm_tuple(ai_word secs, ai_word local) {
  time_t when;
  if (secs == AI_NONE_W) when = time(NULL);
  else {
    double d = ai_obj_float(secs);
    if (ai_exc_pending()) return 0;
    if (isnan(d)) {
      ai_raise(&ai_exc_ValueError, "Invalid value NaN (not a number)");
      return 0;
    }
    d = floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      ai_raise(&ai_exc_OverflowError, "timestamp out of range for platform time_t");
      return 0;
    }
    when = (time_t)d;
  }
  pthread_once(&tz_once, tz_init);
  struct tm tm;
  if (!(local == AI_TRUE_W ? localtime_r(&when, &tm) : gmtime_r(&when, &tm))) {
    ai_raise(&ai_exc_OverflowError, "timestamp out of range for platform time_t");
    return 0;
  }
  const char *zone = tm.tm_zone ? tm.tm_zone : "UTC";
  ai_word items[11] = {ai_small(tm.tm_year + 1900LL), ai_small(tm.tm_mon + 1), ai_small(tm.tm_mday), ai_small(tm.tm_hour), ai_small(tm.tm_min),
                       ai_small(tm.tm_sec), ai_small((tm.tm_wday + 6) % 7), ai_small(tm.tm_yday + 1), ai_small(tm.tm_isdst),
                       ai_str_from_utf8(zone, (int64_t)strlen(zone)), ai_small((int64_t)tm.tm_gmtoff)};
  return ai_tuple_new(11, items);
}

/* A struct tm of a time tuple's first nine fields (gettmarg: ints, the year and month made C's). */
static bool tm_of_tuple(ai_word fields, struct tm *tm, const char *fname) {
  if (!ai_is_tuple(fields) || ai_tuple_len(fields) < 9) {
    ai_raise_fmt(&ai_exc_TypeError, "%s(): illegal time tuple argument", fname);
    return false;
  }
  int64_t v[9];
  for (int i = 0; i < 9; i++) {
    ai_word x = ai_tuple_get(fields, ai_small(i));
    if (!ai_is_small(x)) {
      ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(x));
      return false;
    }
    v[i] = ai_small_val(x);
  }
  memset(tm, 0, sizeof *tm);
  tm->tm_year = (int)(v[0] - 1900);
  tm->tm_mon = (int)v[1] - 1;
  tm->tm_mday = (int)v[2];
  tm->tm_hour = (int)v[3];
  tm->tm_min = (int)v[4];
  tm->tm_sec = (int)v[5];
  tm->tm_wday = (int)((v[6] + 1) % 7);
  tm->tm_yday = (int)v[7] - 1;
  tm->tm_isdst = (int)v[8];
  if (ai_tuple_len(fields) >= 11) { /* a struct_time's zone, for %Z */
    ai_word zone = ai_tuple_get(fields, ai_small(9));
    if (ai_is_str(zone)) tm->tm_zone = ai_as_str(zone)->data;
    ai_word off = ai_tuple_get(fields, ai_small(10));
    if (ai_is_small(off)) tm->tm_gmtoff = ai_small_val(off);
  }
  return true;
}

/* time.strftime(format, t): checks as CPython's checktm, then C's strftime. */
ai_word ai_time_strftime_tuple(ai_word format, ai_word fields) {
  struct tm tm;
  if (!tm_of_tuple(fields, &tm, "strftime")) return 0;
  if (tm.tm_mon == -1) tm.tm_mon = 0;
  else if (tm.tm_mon < 0 || tm.tm_mon > 11) {
    ai_raise(&ai_exc_ValueError, "month out of range");
    return 0;
  }
  if (tm.tm_mday == 0) tm.tm_mday = 1;
  else if (tm.tm_mday < 0 || tm.tm_mday > 31) {
    ai_raise(&ai_exc_ValueError, "day of month out of range");
    return 0;
  }
  if (tm.tm_hour < 0 || tm.tm_hour > 23) {
    ai_raise(&ai_exc_ValueError, "hour out of range");
    return 0;
  }
  if (tm.tm_min < 0 || tm.tm_min > 59) {
    ai_raise(&ai_exc_ValueError, "minute out of range");
    return 0;
  }
  if (tm.tm_sec < 0 || tm.tm_sec > 61) {
    ai_raise(&ai_exc_ValueError, "seconds out of range");
    return 0;
  }
  if (tm.tm_wday < 0) {
    ai_raise(&ai_exc_ValueError, "day of week out of range");
    return 0;
  }
  if (tm.tm_yday == -1) tm.tm_yday = 0;
  else if (tm.tm_yday < 0 || tm.tm_yday > 365) {
    ai_raise(&ai_exc_ValueError, "day of year out of range");
    return 0;
  }
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  pthread_once(&tz_once, tz_init);
  return format_tm(format, &tm);
}

/* time.mktime(t): the local time tuple's seconds since the epoch, as a float. */
ai_word ai_time_mktime(ai_word fields) {
  struct tm tm;
  if (!tm_of_tuple(fields, &tm, "mktime")) return 0;
  pthread_once(&tz_once, tz_init);
  tm.tm_wday = -1; /* sentinel: mktime sets it, also for a result of -1 */
  time_t t = mktime(&tm);
  if (t == (time_t)-1 && tm.tm_wday == -1) {
    ai_raise(&ai_exc_OverflowError, "mktime argument out of range");
    return 0;
  }
  return ai_box_float((double)t);
}

static ai_word format_tm(ai_word format, const struct tm *tm) {
  if (!ai_is_str(format)) {
    ai_raise_fmt(&ai_exc_TypeError, "strftime() argument 1 must be str, not %s", ai_type_name(format));
    return 0;
  }
  AiStr *f = ai_as_str(format);
  if (memchr(f->data, 0, (size_t)f->nbytes)) {
    ai_raise(&ai_exc_ValueError, "embedded null character");
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
    size_t n = strftime(out, i, f->data, tm);
    if (n > 0 || i >= 256 * fmtlen) {
      ai_word s = ai_str_from_utf8(out, (int64_t)n);
      free(out);
      return s;
    }
    free(out);
  }
}
