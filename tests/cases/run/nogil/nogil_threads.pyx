# The GIL is really released by `with nogil:`: the main thread spins in a nogil C loop until a
# Python thread (which needs the GIL to run, and first waits until the main thread is inside
# the loop) sets a C flag; a thread spins in nogil code while the main thread runs Python code
# and sets the flag; two threads meet in nogil code (each waits for the other's flag, so both
# must run at once); two threads run a nogil kernel on separate arrays; a thread takes the GIL
# back with `with gil:` from its nogil section. Every wait is capped (about 100000 sleeps of
# 100 microseconds), so a GIL that is not released shows up as False instead of a hang (checked
# by replacing each `with nogil:` with `if True:`: the three waits then give False).
# Expected outputs recorded from Cython 3.3.0.

import threading
import time
from array import array

cdef extern from "<unistd.h>" nogil:
    int usleep(unsigned int usec)

cdef volatile int flag = 0
cdef volatile int main_inside = 0
cdef volatile int arrived[2]


def set_flag():
    global flag
    flag = 1


cdef bint wait_flag(int cap) noexcept nogil:
    cdef int i
    for i in range(cap):
        if flag:
            return True
        usleep(100)
    return flag != 0


cdef bint wait_arrived(int who, int cap) noexcept nogil:
    cdef int i
    for i in range(cap):
        if arrived[who]:
            return True
        usleep(100)
    return arrived[who] != 0


cdef double kernel(const double* p, Py_ssize_t n, int reps) noexcept nogil:
    cdef double s = 0.0
    cdef int r
    cdef Py_ssize_t i
    for r in range(reps):
        for i in range(n):
            s += p[i]
    return s


def main_is_inside():
    return main_inside


def appender(list items):
    for k in range(100000):
        if main_is_inside():
            break
        time.sleep(0.0001)
    for k in range(5):
        items.append(k)
    set_flag()


def spinner(list result):
    cdef bint seen
    with nogil:
        seen = wait_flag(100000)
    result.append(seen)


def side(int me, list out):
    cdef bint ok
    with nogil:
        arrived[me] = 1
        ok = wait_arrived(1 - me, 100000)
    out[me] = (me, ok)


def run_kernel(double[:] v, int reps, list results, int which):
    cdef double s
    with nogil:
        s = kernel(&v[0], v.shape[0], reps)
    results[which] = s


def squares_with_gil(int n, list items, list totals):
    cdef int i, total = 0
    with nogil:
        for i in range(n):
            total += i * i
            with gil:
                items.append(i * i)
    totals.append(total)


def main_waits_for_thread():
    """
    >>> main_waits_for_thread()
    (True, [0, 1, 2, 3, 4], 1)
    """
    global flag, main_inside
    cdef bint seen
    flag = 0
    main_inside = 0
    items = []
    t = threading.Thread(target=appender, args=(items,))
    t.start()
    with nogil:
        main_inside = 1
        seen = wait_flag(100000)
    t.join()
    main_inside = 0
    return seen, items, flag


def spin_in_thread():
    """
    >>> spin_in_thread()
    ([True], 'main ran', 1)
    """
    global flag
    flag = 0
    result = []
    t = threading.Thread(target=spinner, args=(result,))
    t.start()
    note = ' '.join(['main', 'ran'])
    set_flag()
    t.join()
    return result, note, flag


def rendezvous():
    """
    >>> rendezvous()
    [(0, True), (1, True)]
    """
    arrived[0] = 0
    arrived[1] = 0
    out = [None, None]
    threads = [threading.Thread(target=side, args=(k, out)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def parallel_kernels(int n, int reps):
    """
    >>> parallel_kernels(1000, 2000)
    [999000000.0, 1998000000.0]
    """
    a = array('d', [float(i) for i in range(n)])
    b = array('d', [float(2 * i) for i in range(n)])
    results = [0.0, 0.0]
    threads = [threading.Thread(target=run_kernel, args=(arr, reps, results, k))
               for k, arr in enumerate([a, b])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def thread_takes_gil_back(int n):
    """
    >>> thread_takes_gil_back(4)
    ([0, 1, 4, 9], [14])
    """
    items = []
    totals = []
    t = threading.Thread(target=squares_with_gil, args=(n, items, totals))
    t.start()
    t.join()
    return items, totals
