# range()'s arguments are evaluated once: a body that reassigns the variable holding the stop or
# the step does not move the loop (C-typed and untyped counters).
# Expected outputs recorded from Cython 3.3.0.

def stop_changed(int n):
    """
    >>> stop_changed(5)
    ([0, 1, 2, 3, 4], 0)
    """
    cdef int i
    seen = []
    for i in range(n):
        seen.append(i)
        n = 0
    return seen, n

def step_changed(int n, int step):
    """
    >>> step_changed(10, 3)
    ([0, 3, 6, 9], 100)
    """
    cdef int i
    seen = []
    for i in range(0, n, step):
        seen.append(i)
        step = 100
    return seen, step

def break_keeps_bound():
    """
    >>> break_keeps_bound()
    ([0, 1, 2], 2, 0)
    """
    cdef int i, n = 5
    seen = []
    for i in range(n):
        seen.append(i)
        n = 0
        if i == 2:
            break
    else:
        seen.append('else')
    return seen, i, n
