# Options of Cython's cdef dataclasses (`from cython.dataclasses cimport dataclass, field`):
# order=True (the four comparisons over the compare=True fields, same class only, TypeError
# otherwise; also accepted together with eq=False, which Python's dataclasses refuse), frozen=True
# (fields become read-only from Python: exact AttributeError on assignment and del; writable from
# the class's own Cython code, e.g. __post_init__; hashable; a non-frozen dataclass may inherit
# from it), eq=False (identity equality, object's hash), unsafe_hash=True (hash of the tuple of
# fields: field(hash=False) left out but, unlike Python's dataclasses, a compare=False field kept),
# kw_only=True (exact TypeError messages), init=False and repr=False (object's behaviour, fields
# left at None/0), match_args=False, __dataclass_params__, C-typed fields' repr and conversions.
# Expected outputs recorded from Cython 3.3.0.

cimport cython
from cython.dataclasses cimport dataclass, field
import dataclasses


@dataclass(order=True)
cdef class Ordered:
    a: int = 0
    b: str = 'z'
    ignored: int = field(default=0, compare=False)


@dataclass(order=True)
cdef class OrderedChild(Ordered):
    c: int = 0


def order():
    """
    >>> Ordered(1) < Ordered(2), Ordered(1, 'a') < Ordered(1, 'b'), Ordered(2) <= Ordered(2)
    (True, True, True)
    >>> Ordered(3) > Ordered(2), Ordered(1) >= Ordered(2)
    (True, False)
    >>> Ordered(1, 'a', 9) < Ordered(1, 'a', 0), Ordered(1, 'a', 9) == Ordered(1, 'a', 0)
    (False, True)
    >>> sorted([Ordered(3), Ordered(1, 'b'), Ordered(1, 'a')])
    [Ordered(a=1, b='a', ignored=0), Ordered(a=1, b='b', ignored=0), Ordered(a=3, b='z', ignored=0)]
    >>> Ordered(1) < 5
    Traceback (most recent call last):
    TypeError: '<' not supported between instances of 'cdef_dataclass_options.Ordered' and 'int'
    >>> Ordered(1) < OrderedChild(2)
    Traceback (most recent call last):
    TypeError: '<' not supported between instances of 'cdef_dataclass_options.Ordered' and 'cdef_dataclass_options.OrderedChild'
    >>> OrderedChild(1, 'a', 0, 5) < OrderedChild(1, 'a', 0, 6)
    True
    >>> Ordered.__lt__(Ordered(), 1)
    NotImplemented
    >>> Ordered.__dataclass_params__
    _DataclassParams(init=True,repr=True,eq=True,order=True,unsafe_hash=False,frozen=False)
    """


@dataclass(order=True, eq=False)
cdef class OrderNoEq:
    a: int = 0


def order_without_eq():
    """
    >>> OrderNoEq(1) < OrderNoEq(2), OrderNoEq(1) == OrderNoEq(1)
    (True, False)
    >>> OrderNoEq.__dataclass_params__
    _DataclassParams(init=True,repr=True,eq=False,order=True,unsafe_hash=False,frozen=False)
    """


@dataclass(frozen=True)
cdef class Frozen:
    a: int = 0
    o: object = None
    b: int = field(init=False, default=0)

    def __post_init__(self):
        self.b = self.a + 1

    def bump(self):
        self.a += 10


@dataclass
cdef class NotFrozenChild(Frozen):
    c: int = 0


def frozen():
    """
    >>> f = Frozen(3)
    >>> f
    Frozen(a=3, o=None, b=4)
    >>> f.a = 5
    Traceback (most recent call last):
    AttributeError: attribute 'a' of 'cdef_dataclass_options.Frozen' objects is not writable
    >>> del f.o
    Traceback (most recent call last):
    AttributeError: attribute 'o' of 'cdef_dataclass_options.Frozen' objects is not writable
    >>> f.new = 1
    Traceback (most recent call last):
    AttributeError: 'cdef_dataclass_options.Frozen' object has no attribute 'new'
    >>> f.bump()
    >>> f.a
    13
    >>> Frozen(1) == Frozen(1), hash(Frozen(1)) == hash(Frozen(1)), hash(Frozen(1, 'x')) == hash((1, 'x', 2))
    (True, True, True)
    >>> {Frozen(1): 'one'}[Frozen(1)]
    'one'
    >>> hash(Frozen(1, []))
    Traceback (most recent call last):
    TypeError: unhashable type: 'list'
    >>> c = NotFrozenChild(1, None, 2)
    >>> c
    NotFrozenChild(a=1, o=None, b=0, c=2)
    >>> c.c = 5
    >>> c.a = 5
    Traceback (most recent call last):
    AttributeError: attribute 'a' of 'cdef_dataclass_options.Frozen' objects is not writable
    >>> dataclasses.replace(f, a=1)
    Frozen(a=1, o=None, b=2)
    """


@dataclass(eq=False)
cdef class NoEq:
    a: int = 0


def no_eq():
    """
    >>> n = NoEq(1)
    >>> n == NoEq(1), n == n, n != NoEq(1)
    (False, True, True)
    >>> hash(n) == hash(n), NoEq.__hash__ is object.__hash__
    (True, True)
    >>> NoEq(1)
    NoEq(a=1)
    """


@dataclass(unsafe_hash=True)
cdef class Hashed:
    a: int = 0
    b: object = None
    skipped: int = field(default=0, hash=False)
    uncompared: int = field(default=0, compare=False)


def unsafe_hash():
    """
    >>> hash(Hashed(1, 2)) == hash((1, 2, 0)), hash(Hashed(1, 2)) == hash((1, 2))
    (True, False)
    >>> hash(Hashed(1, 2, 3, 4)) == hash(Hashed(1, 2, 5, 4)), hash(Hashed(1, 2, 3, 4)) == hash((1, 2, 4))
    (True, True)
    >>> hash(Hashed(1, 2, 3, 4)) == hash(Hashed(1, 2, 3, 6))
    False
    >>> Hashed(1, 2, 3) == Hashed(1, 2, 5)
    False
    >>> hash(Hashed(1, [2]))
    Traceback (most recent call last):
    TypeError: unhashable type: 'list'
    >>> [(f.name, f.hash) for f in dataclasses.fields(Hashed)]
    [('a', None), ('b', None), ('skipped', False), ('uncompared', None)]
    """


@dataclass(kw_only=True)
cdef class KwOnly:
    a: int
    b: int = 2


def kw_only():
    """
    >>> KwOnly(a=1), KwOnly(b=0, a=1)
    (KwOnly(a=1, b=2), KwOnly(a=1, b=0))
    >>> KwOnly(1)
    Traceback (most recent call last):
    TypeError: __init__() takes exactly 0 positional arguments (1 given)
    >>> KwOnly()
    Traceback (most recent call last):
    TypeError: __init__() needs keyword-only argument a
    >>> KwOnly(b=1)
    Traceback (most recent call last):
    TypeError: __init__() needs keyword-only argument a
    >>> KwOnly(a=1, c=3)
    Traceback (most recent call last):
    TypeError: __init__() got an unexpected keyword argument 'c'
    >>> dataclasses.fields(KwOnly)[0].kw_only is dataclasses.MISSING
    True
    """


@dataclass(init=False, repr=False, eq=False)
cdef class Bare:
    a: int = 5
    n: cython.int = 7


def init_and_repr_off():
    """
    >>> b = Bare()
    >>> b.a is None, b.n
    (True, 0)
    >>> repr(b).startswith('<cdef_dataclass_options.Bare object at ')
    True
    >>> Bare(1, 2, x=3).n
    0
    >>> Bare.__dataclass_params__
    _DataclassParams(init=False,repr=False,eq=False,order=False,unsafe_hash=False,frozen=False)
    >>> [(f.name, f.default) for f in dataclasses.fields(Bare)]
    [('a', 5), ('n', 7)]
    """


@dataclass(match_args=False)
cdef class NoMatchArgs:
    a: int = 0


@dataclass
cdef class MatchArgs:
    a: int = 0
    b: int = 0


def match_args():
    """
    >>> hasattr(NoMatchArgs, '__match_args__'), MatchArgs.__match_args__
    (False, ('a', 'b'))
    """


@dataclass
cdef class AllTypes:
    i: cython.int = -1
    d: cython.double = 0.1
    s: str = 'q'
    u: cython.uchar = 65
    flag: cython.bint = True
    big: cython.longlong = 2**40


def repr_of_c_types():
    """
    >>> AllTypes()
    AllTypes(i=-1, d=0.1, s='q', u=65, flag=True, big=1099511627776)
    >>> AllTypes(flag=0).flag, AllTypes(u=300)
    Traceback (most recent call last):
    OverflowError: value too large to convert to unsigned char
    >>> AllTypes(flag=0).flag, AllTypes(flag=[]).flag, AllTypes(flag='x').flag
    (False, False, True)
    """
