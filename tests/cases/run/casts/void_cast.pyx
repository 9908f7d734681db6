# `<void>expr`: the expression evaluated for its effects and its value dropped (a cdef function named
# so is only named).
cdef int counter = 0

cdef int bump() except -1:
    global counter
    counter += 1
    return counter

def f(x):
    """
    >>> f([1, 2])
    (2, [1, 2])
    """
    <void>bump()
    <void>x
    <void>(1 + 2)
    <void>bump
    <void>bump()
    return counter, x
