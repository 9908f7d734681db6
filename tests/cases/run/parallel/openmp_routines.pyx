# `cimport openmp`: pyxc's declarations of the OpenMP runtime routines (threads, locks, timing);
# a module that cimports it is built with OpenMP.
cimport openmp
from cython.parallel import parallel, prange, threadid

def info():
    """
    >>> info()
    (True, True, True)
    """
    cdef int maxthreads = openmp.omp_get_max_threads()
    cdef double t = openmp.omp_get_wtime()
    return maxthreads >= 1, openmp.omp_in_parallel() == 0, t > 0

def team_sizes():
    """
    >>> team_sizes()
    2
    """
    cdef int n = 0
    cdef int *p = &n
    openmp.omp_set_dynamic(0)
    with nogil, parallel(num_threads=2):
        if threadid() == 0:
            p[0] = openmp.omp_get_num_threads()
    return n

def locked_count(int n):
    """
    >>> locked_count(1000)
    1000
    """
    cdef openmp.omp_lock_t lock
    cdef int i, total = 0
    openmp.omp_init_lock(&lock)
    for i in prange(n, nogil=True, num_threads=2):
        openmp.omp_set_lock(&lock)
        total += 1
        openmp.omp_unset_lock(&lock)
    openmp.omp_destroy_lock(&lock)
    return total
