# while loops with break, continue and else.
def collatz(long n):
    """
    >>> collatz(27)
    111
    """
    cdef long steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def find(seq, x):
    """
    >>> find([1, 2, 3], 2), find([1, 2, 3], 9)
    (1, -1)
    """
    cdef Py_ssize_t i = 0
    while i < len(seq):
        if seq[i] == x:
            break
        i += 1
    else:
        return -1
    return i

def odd_sum(long n):
    """
    >>> odd_sum(10)
    25
    """
    cdef long i = 0, s = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        s += i
    return s
