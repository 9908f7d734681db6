# An extern array declared without its length (`int primes[]`, as a header declares one): used as
# the pointer it decays to: indexed, assigned through, passed where a pointer is wanted.
# Expected outputs recorded from Cython 3.3.0.
cdef extern from *:
    """
    static int primes[] = {2, 3, 5, 7, 11, 13};
    static const char *names[] = {"zero", "one", "two"};
    """
    int primes[]
    const char *names[]

cdef int total(const int *values, int n) noexcept:
    cdef int s = 0
    for i in range(n):
        s += values[i]
    return s

def read():
    """
    >>> read()
    (2, 13, 41, [3, 5, 7], b'two')
    """
    return primes[0], primes[5], total(primes, 6), [primes[i] for i in range(1, 4)], names[2]

def write():
    """
    >>> write()
    [2, 4, 5]
    """
    primes[1] = 4
    return [primes[i] for i in range(3)]
