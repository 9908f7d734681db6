# More special methods of cdef classes: __getattr__ after generic lookup, __enter__/__exit__ as plain
# methods, two-parameter __pow__ / __rpow__ (and pow() with a modulo, refused), __matmul__, __invert__;
# @classmethod with defaults and keywords, a @staticmethod without parameters.
# Expected outputs recorded from Cython 3.3.0.

cdef class P:
    @classmethod
    def make(cls, int a, b=2):
        return (cls.__name__, a, b)

    @staticmethod
    def nothing():
        return 'n'

    def __enter__(self):
        return 'entered'

    def __exit__(self, t, v, tb):
        return False

    def __getattr__(self, name):
        if name == 'magic':
            return 42
        raise AttributeError(name)

    def __pow__(self, other):
        return ('pow', other)

    def __rpow__(self, other):
        return ('rpow', other)

    def __matmul__(self, other):
        return 'matmul'

    def __invert__(self):
        return 'inv'


def f():
    """
    >>> P.make()
    Traceback (most recent call last):
    TypeError: make() takes at least 1 positional argument (0 given)
    >>> P.make(1), P().make(3, b=4), P.nothing(), P().nothing()
    (('P', 1, 2), ('P', 3, 4), 'n', 'n')
    >>> with P() as x: print(x)
    entered
    >>> P().magic
    42
    >>> P().other
    Traceback (most recent call last):
    AttributeError: other
    >>> P() ** 2, 3 ** P(), P() @ 1, ~P()
    (('pow', 2), ('rpow', 3), 'matmul', 'inv')
    >>> pow(P(), 2, 5)
    Traceback (most recent call last):
    TypeError: special_misc.P.__pow__() takes 3 arguments but 2 were given
    """
