/*
 * platform/thread.h — OS threads, CPU count, monotonic time and parking.
 *
 * Parking uses Linux futexes: ai_park_wait(word, expected, deadline) sleeps
 * while *word == expected (no lost wake-ups: the kernel re-checks the word),
 * ai_park_wake wakes sleepers after the caller changed the word.
 */
#ifndef AI_PLATFORM_THREAD_H
#define AI_PLATFORM_THREAD_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

/* Online CPUs (sched_getaffinity), at least 1. */
int ai_cpu_count(void);
/* CLOCK_MONOTONIC in nanoseconds. */
int64_t ai_now_ns(void);
/* Starts a detached thread running fn(arg); false on failure. */
bool ai_thread_start(void *(*fn)(void *), void *arg);
/* Sleeps while *word == expected, until woken or the absolute monotonic
 * deadline (ns; <0: none) passes. Spurious returns are possible. */
void ai_park_wait(_Atomic uint32_t *word, uint32_t expected, int64_t deadline_ns);
void ai_park_wake(_Atomic uint32_t *word, int n);
/* Busy-wait hint. */
static inline void ai_cpu_relax(void) { __builtin_ia32_pause(); }

#endif
