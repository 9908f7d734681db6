# cython.critical_section: on Python objects, on pymutex locks and pointers to them, and as a
# decorator of functions and methods; threads updating a shared C counter. Under the GIL a
# critical section locks nothing more than the GIL does (CPython's and Cython's are no-ops there):
# the lock is not held inside (released_after_raise).
# Expected outputs recorded from Cython 3.3.0.

cimport cython
import threading


def run_threads(n, target):
    threads = [threading.Thread(target=target) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def on_objects(int n_threads, int n_loops):
    """
    >>> on_objects(4, 100)
    (19800, 19800)
    """
    cdef int count = 0
    cdef int other = 0
    lock_a = object()
    lock_b = []

    def worker():
        nonlocal count, other
        for i in range(n_loops):
            with cython.critical_section(lock_a):
                count += i
            with cython.critical_section(lock_a, lock_b):
                other += i

    run_threads(n_threads, worker)
    return count, other


def on_mutexes(int n_threads, int n_loops):
    """
    >>> on_mutexes(4, 100)
    (19800, 19800, 19800)
    """
    cdef int a = 0, b = 0, c = 0
    cdef cython.pymutex m1
    cdef cython.pymutex m2

    def worker():
        nonlocal a, b, c
        for i in range(n_loops):
            with cython.critical_section(m1):
                a += i
            with cython.critical_section(&m2):
                b += i
            with cython.critical_section(&m1, m2):
                c += i

    run_threads(n_threads, worker)
    return a, b, c


def released_after_raise():
    """
    >>> released_after_raise()
    (False, False)
    """
    cdef cython.pymutex m
    inside = False
    try:
        with cython.critical_section(m):
            inside = m.locked()
            raise KeyError
    except KeyError:
        pass
    return inside, m.locked()


cdef class Counter:
    cdef int count

    @cython.critical_section
    def add(self, int k):
        self.count += k

    @cython.critical_section
    cpdef add_cp(self, int k):
        self.count += k

    @cython.critical_section
    cdef add_c(self, int k):
        self.count += k

    def total(self):
        self.add_c(0)
        return self.count


def decorated(int n_threads, int n_loops):
    """
    >>> decorated(4, 100)
    1200
    """
    c = Counter()

    @cython.critical_section
    def bump(obj):
        (<Counter>obj).add_c(1)

    def worker():
        for i in range(n_loops):
            c.add(1)
            c.add_cp(1)
            bump(c)

    run_threads(n_threads, worker)
    return c.total()
