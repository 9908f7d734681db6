# def methods of a cdef class whose parameters use fused types: the class's attribute dispatches a
# call on its arguments' types (with the instance first, bound or not), indexing picks a
# specialization (bound to the instance when reached through one), __signatures__ lists them;
# a module's fused function stored in a Python class binds the same way.
# (The doctests are in module functions: Cython's doctest dict lists a fused method's docstring
# once per specialization.)
# Expected outputs recorded from Cython 3.3.0.
cimport cython

ctypedef fused number:
    int
    double

cdef class Acc:
    cdef double total

    def add(self, number x, int times=1):
        self.total += x * times
        return cython.typeof(x), self.total

    def pair(self, cython.floating a, cython.integral b):
        return cython.typeof(a), cython.typeof(b), a * b


def describe(self, number x):
    return type(self).__name__, cython.typeof(x)


class Plain:
    # A module's fused function as a Python class's method: it binds to the instance.
    describe = describe


def dispatch():
    """
    >>> a = Acc()
    >>> a.add(2)
    ('int', 2.0)
    >>> a.add(0.5, times=2)
    ('double', 3.0)
    >>> Acc.add(a, 1.0)
    ('double', 4.0)
    >>> a.add('x')
    Traceback (most recent call last):
    ...
    TypeError: No matching signature found
    >>> Acc().pair(1.5, 2)
    ('double', 'long', 3.0)
    """


def indexing():
    """
    >>> a = Acc()
    >>> a.add['int'](3)
    ('int', 3.0)
    >>> a.add['double'](3)
    ('double', 6.0)
    >>> Acc.add['double'](a, 0.25)
    ('double', 6.25)
    >>> sorted(Acc.add.__signatures__)
    ['double', 'int']
    >>> Acc().pair['float', 'short'](2, 3)
    ('float', 'short', 6.0)
    >>> Plain().describe(2)
    ('Plain', 'int')
    >>> Plain().describe['double'](2)
    ('Plain', 'double')
    >>> Plain.describe['int'](Plain(), 2)
    ('Plain', 'int')
    """


def attributes():
    """
    >>> attributes()
    ('add', 'Acc.add', True, 'def_methods')
    """
    a = Acc()
    return a.add.__name__, Acc.add.__qualname__, a.add.__self__ is a, Acc.add.__module__
