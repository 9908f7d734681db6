# The always_allow_keywords directive: with False, a def function of at most one argument without
# a default (a cdef class's method besides its instance; a Python class's method counts its
# self) refuses keyword arguments, as CPython's METH_O and METH_NOARGS functions do; functions of
# more arguments, or with defaults, take them as usual.
# Expected outputs recorded from Cython 3.3.0.
cimport cython

def refused(f, **kw):
    try:
        f(**kw)
    except TypeError as e:
        return str(e).endswith("takes no keyword arguments")
    return "accepted"

@cython.always_allow_keywords(False)
def one(arg):
    return arg

@cython.always_allow_keywords(False)
def two(a, b):
    return a + b

@cython.always_allow_keywords(False)
def defaulted(a=1):
    return a

def plain(arg):
    return arg

cdef class Ext:
    @cython.always_allow_keywords(False)
    def one(self, arg):
        return arg

    @cython.always_allow_keywords(False)
    def none(self):
        return "none"

class Py:
    @cython.always_allow_keywords(False)
    def only_self(self):
        return "self"

def test():
    """
    >>> test()
    (1, True, 3, 2, 3, 4)
    >>> refused(one, arg=1), refused(Ext().one, arg=1), refused(Py.only_self, self=Py())
    (True, True, True)
    >>> Ext().none(**{}), Py().only_self()
    ('none', 'self')
    >>> refused(plain, arg=1)
    'accepted'
    """
    return one(1), refused(one, arg=2), two(a=1, b=2), defaulted(a=2), Ext().one(3), plain(arg=4)
