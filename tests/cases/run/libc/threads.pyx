# C11 threads from libc.threads: a mutex, a once flag, a C thread started and joined, a condition
# variable, and the py_safe helpers that give the GIL up while they block.
from libc cimport threads
from threading import Thread

cdef int calls = 0

cdef void count_call() noexcept nogil:
    global calls
    calls += 1

cdef int square(void *arg) noexcept nogil:
    cdef int x = (<int *>arg)[0]
    return x * x

def mutex_and_once():
    """
    >>> mutex_and_once()
    (True, True, True, 1)
    """
    cdef threads.mtx_t m
    ok_init = threads.mtx_init(&m, threads.mtx_plain) == threads.thrd_success
    ok_lock = threads.mtx_lock(&m) == threads.thrd_success
    ok_unlock = threads.mtx_unlock(&m) == threads.thrd_success
    threads.mtx_destroy(&m)
    cdef threads.once_flag flag
    threads.once_flag_init(&flag)
    threads.call_once(&flag, count_call)
    threads.call_once(&flag, count_call)
    return ok_init, ok_lock, ok_unlock, calls

def c_thread(int x):
    """
    >>> c_thread(7)
    (True, 49)
    """
    cdef threads.thrd_t t
    cdef int result = 0
    started = threads.thrd_create(&t, square, &x) == threads.thrd_success
    threads.thrd_join(t, &result)
    return started, result

def python_threads_share_a_mutex(int n_threads, int rounds):
    """
    >>> python_threads_share_a_mutex(4, 300)
    1200
    """
    cdef threads.mtx_t m
    threads.mtx_init(&m, threads.mtx_plain)
    cdef int total = 0

    def work():
        nonlocal total
        for i in range(rounds):
            if i % 2:
                with nogil:
                    threads.py_safe_mtx_lock(&m)
                    total += 1
                    threads.mtx_unlock(&m)
            else:
                threads.py_safe_mtx_lock(&m)
                total += 1
                threads.mtx_unlock(&m)

    workers = [Thread(target=work) for _ in range(n_threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    threads.mtx_destroy(&m)
    return total

def condition_wait():
    """
    >>> condition_wait()
    (5, True)
    """
    cdef threads.cnd_t cond
    cdef threads.mtx_t m
    threads.cnd_init(&cond)
    threads.mtx_init(&m, threads.mtx_plain)
    cdef int value = 0
    seen = []

    def waiter():
        threads.py_safe_mtx_lock(&m)
        while value < 5:
            threads.py_safe_cnd_wait(&cond, &m)
        seen.append(value)
        threads.mtx_unlock(&m)

    t = Thread(target=waiter)
    t.start()
    for _ in range(5):
        threads.py_safe_mtx_lock(&m)
        value += 1
        threads.mtx_unlock(&m)
        threads.cnd_signal(&cond)
    t.join()
    threads.mtx_destroy(&m)
    threads.cnd_destroy(&cond)
    return seen[0], value == 5
