# def methods of a cdef class without a named self: `def m(*args)` and `def m(*args, **kwargs)`
# receive the instance as args[0] (called through the class with nothing: "unbound method
# C.m() needs an argument"), `def m(self, *args)` for contrast;
# `def __class_getitem__(*args, **kwargs)` (made a classmethod: args is (cls, item), a subclass
# passes itself) and `__class_getitem__(cls, item)`; @staticmethod and @classmethod with only
# *args; a Python class's `def m(*args)` (called through the class with nothing it gets ());
# `def m(*args, flag)` in a cdef class, where Cython binds the instance to the keyword-only `flag`
# (a Cython defect: keyword_only_after_star expects Python's binding, see the .known file).
# An unbound method called with no argument at all is written `C.m(*())`: Debian's python3.11-dbg
# (3.11.2) fails an assertion in its specialised call of a method descriptor given no arguments,
# which the repeated runs of the reference-count check reach.
# Expected outputs recorded from Cython 3.3.0.

cdef class C:
    def m(*args):
        return len(args), args[1:]

    def first(*args):
        return args[0]

    def k(*args, **kwargs):
        return len(args), args[1:], kwargs

    def s(self, *args):
        return type(self).__name__, args

    def __class_getitem__(*args, **kwargs):
        return args, kwargs

    @staticmethod
    def st(*args):
        return args

    @classmethod
    def cm(*args):
        return args


class PySub(C):
    pass


def star_args_only():
    """
    >>> c = C()
    >>> c.m(), c.m(1, 2)
    ((1, ()), (3, (1, 2)))
    >>> c.first() is c
    True
    >>> c.k(1, a=2)
    (2, (1,), {'a': 2})
    >>> c.k()
    (1, (), {})
    >>> C.m(c, 5)
    (2, (5,))
    >>> C.m(*())
    Traceback (most recent call last):
    TypeError: unbound method C.m() needs an argument
    >>> C.k(a=1)
    Traceback (most recent call last):
    TypeError: unbound method C.k() needs an argument
    >>> PySub().first().__class__.__name__, PySub().m(7)
    ('PySub', (2, (7,)))
    """



def named_self():
    """
    >>> C().s(), C().s(1, 2), PySub().s(3)
    (('C', ()), ('C', (1, 2)), ('PySub', (3,)))
    >>> C.s(*())
    Traceback (most recent call last):
    TypeError: unbound method C.s() needs an argument
    >>> C.s(C(), 4)
    ('C', (4,))
    """


cdef class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


def class_getitem():
    """
    >>> C[int] == ((C, int), {})
    True
    >>> C[1, 2] == ((C, (1, 2)), {})
    True
    >>> PySub[str] == ((PySub, str), {})
    True
    >>> C.__class_getitem__(5) == ((C, 5), {})
    True
    >>> C.__class_getitem__() == ((C,), {})
    True
    >>> type(C.__dict__['__class_getitem__']).__name__
    'classmethod'
    >>> G[int], G['x']
    (('G', <class 'int'>), ('G', 'x'))
    >>> C()[1]
    Traceback (most recent call last):
    TypeError: 'methods_bound_star_args.C' object is not subscriptable
    """


def static_and_class():
    """
    >>> C.st(), C.st(1, 2), C().st(3)
    ((), (1, 2), (3,))
    >>> C.cm() == (C,), C.cm(1) == (C, 1), C().cm(2) == (C, 2), PySub.cm() == (PySub,)
    (True, True, True, True)
    """


class P:
    def m(*args):
        return len(args)

    def __class_getitem__(*args):
        return args


def python_class():
    """
    >>> P().m(), P().m(1), P.m(), P.m(1)
    (1, 2, 0, 1)
    >>> P[int] == (P, int)
    True
    >>> type(P.__dict__['__class_getitem__']).__name__
    'classmethod'
    """


cdef class KwOnly:
    def m(*args, flag):
        return args, flag

    def n(*, flag):
        return flag


def keyword_only_after_star():
    """
    >>> o = KwOnly()
    >>> args, flag = o.m(1, flag=2)
    >>> args[1:], args[0] is o, flag
    ((1,), True, 2)
    >>> o.m(1, 2)
    Traceback (most recent call last):
    TypeError: m() needs keyword-only argument flag
    >>> o.n(flag=1)
    Traceback (most recent call last):
    TypeError: n() takes exactly 0 positional arguments (1 given)
    """
