# Locks and C variables captured by closures: the variable lives in its function's scope object,
# so a nested function (or a generator made by one) locks the same lock and updates the same
# C integer through its address, from several threads.
# Expected outputs recorded from Cython 3.3.0.

cimport cython
from cython.parallel cimport prange
from threading import Thread


cdef void bump(int *x) noexcept nogil:
    x[0] = x[0] + 1


def lock_in_closure(int n):
    """
    >>> lock_in_closure(2000)
    2000
    """
    cdef int count = 0
    cdef int i
    cdef cython.pythread_type_lock lock

    def inner():
        with lock:
            bump(&count)

    for i in prange(n, nogil=True, num_threads=2):
        with gil:
            inner()
    return count


def threads_share_a_lock():
    """
    >>> threads_share_a_lock()
    4000
    """
    cdef cython.pymutex lock
    cdef int count = 0

    def work():
        nonlocal count
        for i in range(1000):
            with lock:
                count += 1

    threads = [Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count


def make_generator():
    """
    >>> gen = make_generator()
    >>> g = gen('a')
    >>> next(g)
    'a 0 True'
    >>> next(g)
    'a 1 True'
    >>> list(g), list(gen('b'))
    ([], ['b 0 True', 'b 1 True'])
    """
    cdef cython.pymutex m
    def g(id):
        with m:
            yield f"{id} 0 {m.locked()}"
            yield f"{id} 1 {m.locked()}"
    return g


def address_of_captured():
    """
    >>> address_of_captured()
    (2, 5, 5)
    """
    cdef int total = 0
    def add(int k):
        cdef int j
        for j in range(k):
            bump(&total)
        return total
    first = add(2)
    return first, add(3), total
