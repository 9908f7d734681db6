# __cinit__ and __init__: arguments passed to both, a no-argument __cinit__ that ignores the
# constructor's arguments, the order of the two calls, argument-count errors of each, a class
# with __init__ only and a class with neither (which accepts any arguments).
# Expected outputs recorded from Cython 3.3.0.

calls = []


cdef class Both:
    cdef int a
    cdef public object seen

    def __cinit__(self, a, b=2):
        calls.append(('cinit', a, b))
        self.a = a

    def __init__(self, a, b=2):
        calls.append(('init', a, b, self.a))
        self.seen = (a, b)


cdef class CinitNoArgs:
    cdef public int ready

    def __cinit__(self):
        calls.append('cinit')
        self.ready = 1

    def __init__(self, x, y):
        calls.append(('init', x, y, self.ready))


cdef class CinitOnly:
    cdef public int n

    def __cinit__(self, int n):
        self.n = n


cdef class CinitStar:
    cdef public tuple args
    cdef public dict kwargs

    def __cinit__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


cdef class InitOnly:
    cdef public int x

    def __init__(self, int x):
        self.x = x


cdef class Neither:
    cdef public int x


def order():
    """
    >>> order()
    ([('cinit', 1, 2), ('init', 1, 2, 1)], (1, 2))
    """
    del calls[:]
    b = Both(1)
    return list(calls), b.seen


def order_keywords():
    """
    >>> order_keywords()
    [('cinit', 5, 6), ('init', 5, 6, 5)]
    """
    del calls[:]
    Both(b=6, a=5)
    return list(calls)


def cinit_without_args():
    """
    >>> cinit_without_args()
    ['cinit', ('init', 3, 4, 1)]
    """
    del calls[:]
    CinitNoArgs(3, 4)
    return list(calls)


def cinit_without_args_init_fails():
    """
    >>> cinit_without_args_init_fails()
    Traceback (most recent call last):
    TypeError: __init__() takes exactly 2 positional arguments (1 given)
    """
    del calls[:]
    CinitNoArgs(3)


def both_wrong_count():
    """
    >>> both_wrong_count()
    Traceback (most recent call last):
    TypeError: __cinit__() takes at least 1 positional argument (0 given)
    """
    Both()


def both_too_many():
    """
    >>> both_too_many()
    Traceback (most recent call last):
    TypeError: __cinit__() takes at most 2 positional arguments (3 given)
    """
    Both(1, 2, 3)


def both_bad_keyword():
    """
    >>> both_bad_keyword()
    Traceback (most recent call last):
    TypeError: __cinit__() got an unexpected keyword argument 'c'
    """
    Both(1, c=3)


def cinit_only(n):
    """
    >>> cinit_only(4)
    4
    >>> cinit_only('x')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> CinitOnly()
    Traceback (most recent call last):
    TypeError: __cinit__() takes exactly 1 positional argument (0 given)
    >>> CinitOnly(1, 2)
    Traceback (most recent call last):
    TypeError: __cinit__() takes exactly 1 positional argument (2 given)
    """
    return CinitOnly(n).n


def cinit_star():
    """
    >>> cinit_star()
    ((1, 2), {'k': 3})
    """
    c = CinitStar(1, 2, k=3)
    return c.args, c.kwargs


def init_only():
    """
    >>> init_only()
    7
    >>> InitOnly()
    Traceback (most recent call last):
    TypeError: __init__() takes exactly 1 positional argument (0 given)
    >>> InitOnly(1, 2)
    Traceback (most recent call last):
    TypeError: __init__() takes exactly 1 positional argument (2 given)
    >>> InitOnly(y=1)
    Traceback (most recent call last):
    TypeError: __init__() got an unexpected keyword argument 'y'
    """
    return InitOnly(x=7).x


def neither():
    """
    >>> neither()
    (0, 0, 0)
    """
    return Neither().x, Neither(1).x, Neither(1, k=2).x


def init_called_again():
    """
    >>> init_called_again()
    ([('init', 9, 8, 1)], (9, 8))
    """
    b = Both(1)
    del calls[:]
    b.__init__(9, 8)
    return list(calls), b.seen
