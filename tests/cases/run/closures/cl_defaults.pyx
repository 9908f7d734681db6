# Nested defs with default arguments: defaults evaluated once when the def statement runs (not at
# the call), a mutable default shared across calls, defaults from the creator's C locals, and
# __defaults__.
# Expected outputs recorded from Cython 3.3.0.

def evaluated_at_def():
    """
    >>> evaluated_at_def()
    (11, 3, (10,))
    """
    base = 10
    def inner(a, b=base):
        return a + b
    base = 20
    return inner(1), inner(1, 2), inner.__defaults__


def c_local_default(int n):
    """
    >>> c_local_default(4)
    (8, 6)
    """
    cdef int k = n * 2
    def inner(int m=k):
        return m
    k = 0
    return inner(), inner(6)


def mutable_default():
    """
    >>> f = mutable_default()
    >>> list(f(1)), f(2)
    ([1], [1, 2])
    """
    def inner(x, acc=[]):
        acc.append(x)
        return acc
    return inner


def each_def_new_default():
    """
    >>> each_def_new_default()
    ([1], [1])
    """
    out = []
    for _ in range(2):
        def inner(x, acc=[]):
            acc.append(x)
            return acc
        out.append(inner(1))
    return out[0], out[1]


def keyword_defaults():
    """
    >>> keyword_defaults()
    ('a-b', 'a+b', 'x-y')
    """
    sep = '-'
    def join(a='a', b='b', *, s=sep):
        return a + s + b
    return join(), join(s='+'), join('x', 'y')


def default_side_effect():
    """
    >>> default_side_effect()
    (1, [0, 0])
    """
    calls = []
    def make_default():
        calls.append(0)
        return len(calls)
    def inner(v=make_default()):
        return v
    inner()
    inner()
    make_default()
    return inner(), calls
