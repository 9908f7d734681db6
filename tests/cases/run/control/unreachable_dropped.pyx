# Statements after a return, raise, break or continue in the same block are dropped unchecked,
# as Cython's remove_unreachable (on by default) drops them: what they hold is never refused.
from cython.parallel import prange


def after_return(x):
    """
    >>> after_return(3)
    4
    """
    return x + 1
    print(never_declared)


def after_continue(int n):
    """
    >>> after_continue(5)
    10
    """
    cdef int i
    cdef long total = 0
    for i in prange(n, nogil=True):
        total += i
        continue
        return
    return total


def after_raise():
    """
    >>> after_raise()
    Traceback (most recent call last):
    ValueError: stop
    """
    raise ValueError("stop")
    cdef_name_unknown(1)


def if_else_both_return(int x):
    """
    >>> if_else_both_return(1), if_else_both_return(-1)
    ('positive', 'other')
    """
    if x > 0:
        return 'positive'
    else:
        return 'other'
    return undefined_too


def kept_after_loop(int n):
    """
    >>> kept_after_loop(3)
    'after 3'
    """
    cdef int i = 0
    while True:
        i += 1
        if i >= n:
            break
    return 'after %d' % i
