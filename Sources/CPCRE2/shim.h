#ifndef RASID_CPCRE2_SHIM_H
#define RASID_CPCRE2_SHIM_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <sched.h>

/* A pattern's JIT state, shared by the threads that match it: 0 not yet
   compiled, 1 being compiled by one thread, 2 done. Swift has no portable
   atomics before macOS 15, so the three operations are here. */
static inline int rasid_jit_state(const int *state) { return __atomic_load_n(state, __ATOMIC_ACQUIRE); }
static inline int rasid_jit_claim(int *state) {
    int expected = 0;
    return __atomic_compare_exchange_n(state, &expected, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}
static inline void rasid_jit_done(int *state) { __atomic_store_n(state, 2, __ATOMIC_RELEASE); }
static inline void rasid_yield(void) { sched_yield(); }
#endif
