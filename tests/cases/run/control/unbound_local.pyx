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
