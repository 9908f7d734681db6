# Reading a local that was not assigned on this path raises UnboundLocalError (Cython 3.3.0 message).
def maybe(long flag):
    """
    >>> maybe(1)
    'set'
    >>> maybe(0)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'x' referenced before assignment
    """
    if flag:
        x = "set"
    return x

def loop_assigned(n):
    """
    >>> loop_assigned([1, 2])
    2
    >>> loop_assigned([])
    Traceback (most recent call last):
    UnboundLocalError: local variable 'last' referenced before assignment
    """
    for v in n:
        last = v
    return last

def accumulate_unassigned(x, long n):
    """
    >>> accumulate_unassigned(1.5, 3)
    Traceback (most recent call last):
    UnboundLocalError: local variable 's' referenced before assignment
    >>> accumulate_unassigned(1.5, 0)
    Traceback (most recent call last):
    UnboundLocalError: local variable 's' referenced before assignment
    """
    # The first `s += x` always raises, so no path ever assigns s and none may release it
    # (found by FrontEndFuzzTest.compile: the refcount pass released s where the ownership
    # verifier proved it never held anything).
    for i in range(n):
        s += x
    return s

def accumulate_unassigned_view(double[:] m):
    """
    >>> import array
    >>> accumulate_unassigned_view(array.array('d', [1.0, 2.0]))
    Traceback (most recent call last):
    UnboundLocalError: local variable 's' referenced before assignment
    """
    for i in range(m.shape[0]):
        s += m[i]
    return s
