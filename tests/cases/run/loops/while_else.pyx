# while/else: the else runs when the condition fails, not after a break.
def find(xs, target):
    """
    >>> find([1, 2, 3], 2), find([1, 2, 3], 9)
    (1, -1)
    """
    cdef Py_ssize_t i = 0
    while i < len(xs):
        if xs[i] == target:
            break
        i += 1
    else:
        return -1
    return i
