# break inside try/finally runs the finally body before leaving the loop.
def loop_break(n):
    """
    >>> loop_break(5)
    (3, ['f0', 'f1', 'f2', 'f3'])
    """
    out = []
    cdef int i
    for i in range(n):
        try:
            if i == 3:
                break
        finally:
            out.append('f' + str(i))
    return i, out
