# pyxc's declarations of C's <threads.h> (ISO C11 7.26), for `from libc cimport threads`, written
# from the C standard; and helpers that wait on a mutex or condition with the GIL given up while
# they block, so that Python threads waiting on the same mutex cannot deadlock on the GIL.
from libc.time cimport timespec

cdef extern from "<threads.h>" nogil:
    ctypedef struct thrd_t:
        pass
    ctypedef struct mtx_t:
        pass
    ctypedef struct cnd_t:
        pass
    ctypedef struct tss_t:
        pass
    ctypedef struct once_flag:
        pass
    ctypedef int (*thrd_start_t)(void *)
    ctypedef void (*tss_dtor_t)(void *)

    enum:
        thrd_success
        thrd_busy
        thrd_error
        thrd_nomem
        thrd_timedout
    enum:
        mtx_plain
        mtx_recursive
        mtx_timed
    const int TSS_DTOR_ITERATIONS

    void call_once(once_flag *flag, void (*func)())

    int cnd_broadcast(cnd_t *cond)
    void cnd_destroy(cnd_t *cond)
    int cnd_init(cnd_t *cond)
    int cnd_signal(cnd_t *cond)
    int cnd_timedwait(cnd_t *cond, mtx_t *mtx, const timespec *ts)
    int cnd_wait(cnd_t *cond, mtx_t *mtx)

    void mtx_destroy(mtx_t *mtx)
    int mtx_init(mtx_t *mtx, int type)
    int mtx_lock(mtx_t *mtx)
    int mtx_timedlock(mtx_t *mtx, const timespec *ts)
    int mtx_trylock(mtx_t *mtx)
    int mtx_unlock(mtx_t *mtx)

    int thrd_create(thrd_t *thr, thrd_start_t func, void *arg)
    thrd_t thrd_current()
    int thrd_detach(thrd_t thr)
    int thrd_equal(thrd_t thr0, thrd_t thr1)
    void thrd_exit(int res)
    int thrd_join(thrd_t thr, int *res)
    int thrd_sleep(const timespec *duration, timespec *remaining)
    void thrd_yield()

    int tss_create(tss_t *key, tss_dtor_t dtor)
    void tss_delete(tss_t key)
    void *tss_get(tss_t key)
    int tss_set(tss_t key, void *val)

cdef extern from *:
    """
    #include <threads.h>
    /* A once_flag set to ONCE_FLAG_INIT where it is declared (a local cannot be initialised so). */
    static void pyxc_once_flag_init(once_flag *flag) {
        once_flag fresh = ONCE_FLAG_INIT;
        *flag = fresh;
    }
    /* Locks, giving up the GIL while blocked when the calling thread holds it. */
    static int pyxc_py_safe_mtx_lock(mtx_t *mtx) {
        int r = mtx_trylock(mtx);
        if (r != thrd_busy || !PyGILState_Check()) return r == thrd_busy ? mtx_lock(mtx) : r;
        PyThreadState *ts = PyEval_SaveThread();
        r = mtx_lock(mtx);
        PyEval_RestoreThread(ts);
        return r;
    }
    /* A wait's end with the GIL taken back: the mutex released while the GIL is awaited, then
       locked again as above (another thread holding the GIL may be waiting for the mutex). */
    static int pyxc_py_safe_relock(int waited, PyThreadState *ts, mtx_t *mtx) {
        mtx_unlock(mtx);
        PyEval_RestoreThread(ts);
        int r = pyxc_py_safe_mtx_lock(mtx);
        return r != thrd_success ? r : waited;
    }
    static int pyxc_py_safe_cnd_wait(cnd_t *cond, mtx_t *mtx) {
        if (!PyGILState_Check()) return cnd_wait(cond, mtx);
        PyThreadState *ts = PyEval_SaveThread();
        return pyxc_py_safe_relock(cnd_wait(cond, mtx), ts, mtx);
    }
    static int pyxc_py_safe_cnd_timedwait(cnd_t *cond, mtx_t *mtx, const struct timespec *ts_until) {
        if (!PyGILState_Check()) return cnd_timedwait(cond, mtx, ts_until);
        PyThreadState *ts = PyEval_SaveThread();
        return pyxc_py_safe_relock(cnd_timedwait(cond, mtx, ts_until), ts, mtx);
    }
    """
    const once_flag ONCE_FLAG_INIT
    void once_flag_init "pyxc_once_flag_init"(once_flag *flag) noexcept nogil
    int py_safe_mtx_lock "pyxc_py_safe_mtx_lock"(mtx_t *mtx) noexcept nogil
    int py_safe_cnd_wait "pyxc_py_safe_cnd_wait"(cnd_t *cond, mtx_t *mtx) noexcept nogil
    int py_safe_cnd_timedwait "pyxc_py_safe_cnd_timedwait"(cnd_t *cond, mtx_t *mtx, const timespec *ts) noexcept nogil
