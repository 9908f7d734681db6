/*
 * pyxc runtime: Cython's lock types, cython.pymutex and cython.pythread_type_lock. Both are one
 * byte, unlocked when zeroed (a variable, a module global, an extension type's attribute or a
 * generator's frame needs no set-up or tear-down), and are never copied: code reaches a lock by
 * its address. A contended acquire waits without the GIL (another thread may need it to get to
 * its release), yielding the processor between attempts.
 */

/* @piece pyxc_mutex_type */
/* (guarded: a module's public header declares it too, for C outside the module) */
#ifndef PYXC_MUTEX_DECLARED
#define PYXC_MUTEX_DECLARED
typedef struct {
    unsigned char locked;
} pyxc_mutex;
#endif
/* @end */

/* @piece pyxc_mutex_ops */
#include <sched.h>

static inline int pyxc_mutex_try(pyxc_mutex *m) {
    return __atomic_exchange_n(&m->locked, 1, __ATOMIC_ACQUIRE) == 0;
}

static void pyxc_mutex_acquire(pyxc_mutex *m) {
    if (pyxc_mutex_try(m)) return;
    PyThreadState *saved = PyGILState_Check() ? PyEval_SaveThread() : NULL;
    while (!pyxc_mutex_try(m)) sched_yield();
    if (saved) PyEval_RestoreThread(saved);
}

static inline void pyxc_mutex_release(pyxc_mutex *m) {
    __atomic_store_n(&m->locked, 0, __ATOMIC_RELEASE);
}

static inline int pyxc_mutex_locked(pyxc_mutex *m) {
    return __atomic_load_n(&m->locked, __ATOMIC_RELAXED) != 0;
}
/* @end */
