# continue and break inside try/finally in a loop run the finally body each time.
def f(n):
    """
    >>> f(5)
    ['f0', 'f1', 'f2', 'f3', 'f4']
    """
    log = []
    cdef int i
    for i in range(n):
        try:
            if i % 2:
                continue
        finally:
            log.append('f' + str(i))
    return log
