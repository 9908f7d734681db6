def primes(int n):
    """The primes below n.

    >>> primes(20)
    [2, 3, 5, 7, 11, 13, 17, 19]
    """
    cdef int i, j
    found = []
    for i in range(2, n):
        for j in range(2, i):
            if i % j == 0:
                break
        else:
            found.append(i)
    return found
