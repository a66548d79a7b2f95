/*
 * platform/stack.h — green-thread stacks: mmap'd, with a guard page.
 *
 * Every spawned actor runs on a stack of AI_STACK_SIZE bytes of address space
 * (64 KiB by default, AITHON_STACK_KB overrides it at start-up), of which the
 * lowest page is a PROT_NONE guard page: running off the end faults in the
 * guard page, which the scheduler's SIGSEGV handler turns into the crash of
 * that actor (see sched/signal.c). Only touched pages use memory (MAP_NORESERVE),
 * so an idle actor costs one or two 4 KiB pages of stack.
 *
 * Stacks are carved from slabs of 64 and recycled through a free pool (never
 * unmapped). Each guard page splits the mapping, i.e. costs the kernel two VMAs,
 * and Linux caps a process at vm.max_map_count (65530 by default) mappings:
 * so the first AI_STACK_GUARDED_MAX (24,000) stacks get a guard page and
 * further stacks (only reached with more than 24,000 live actors) are
 * unguarded, where an overflow is not detected (documented limitation).
 * The pool is LIFO (hot stacks are reused first); beyond 4,096 free stacks
 * the coldest have their pages returned with madvise(MADV_DONTNEED).
 */
#ifndef AI_PLATFORM_STACK_H
#define AI_PLATFORM_STACK_H

#include <stdbool.h>
#include <stddef.h>

#define AI_STACK_GUARD ((size_t)4096)
#define AI_STACK_GUARDED_MAX 24000

/* Size of every green-thread stack, guard page included. */
size_t ai_stack_size(void);
/* A stack: returns its lowest address (the guard page); usable memory is
 * [base + AI_STACK_GUARD, base + ai_stack_size()). NULL when out of memory. */
char *ai_stack_alloc(void);
void ai_stack_free(char *base);
/* Statistics (for tests and benchmarks). */
size_t ai_stack_count_mapped(void);

#endif
