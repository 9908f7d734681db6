# cdef classes made dataclasses with `@cython.dataclasses.dataclass` (after `cimport cython`) and with
# `from cython.dataclasses cimport dataclass, field`: annotated fields of C types (cython.int,
# cython.double), Python `int` (an int-typed object field: floats are truncated, other types
# refused), builtin types (`list`, `str`, `dict`: exact type checks), `object`; defaults
# (literals and module-level names), `field(default_factory=...)` called per instance,
# `field(init=False)` with and without a default, `field(repr=False)`, `field(compare=False)`;
# fields declared with `cdef`; the generated __init__ (positional, keyword, exact TypeError
# messages), __repr__ (qualname of the runtime type, recursion shown as ...), __eq__ (same class
# only, NotImplemented otherwise, instances unhashable), __match_args__ (init=False fields
# included); __post_init__ (not called when only inherited); `dataclasses.fields`/`asdict`/
# `astuple`/`replace`/`is_dataclass`; `__dataclass_fields__` (type strings, defaults, flags);
# inheritance between dataclasses and from a plain cdef class; a Python subclass; the cimported
# decorator on a plain `class` (it becomes an extension type); InitVar and ClassVar annotations.
# Expected outputs recorded from Cython 3.3.0.

cimport cython
from cython.dataclasses cimport dataclass, field
import dataclasses
from dataclasses import InitVar
from typing import ClassVar


START = 7


def make_list():
    return [START]


@cython.dataclasses.dataclass
cdef class Point:
    x: cython.int
    y: cython.double = 1.5
    n: int = 4
    o: object = None
    items: list = cython.dataclasses.field(default_factory=list)
    secret: str = field(default='s', repr=False)
    note: object = field(default=None, compare=False)
    derived: cython.int = field(init=False, default=9)


def init_and_repr():
    """
    >>> Point(1)
    Point(x=1, y=1.5, n=4, o=None, items=[], note=None, derived=9)
    >>> Point(1, 2, 3, 'o', [5], 't', 'note')
    Point(x=1, y=2.0, n=3, o='o', items=[5], note='note', derived=9)
    >>> Point(x=2, o=(1,), y=-0.5)
    Point(x=2, y=-0.5, n=4, o=(1,), items=[], note=None, derived=9)
    >>> Point(1).secret, Point(1).derived
    ('s', 9)
    >>> Point(1).items is Point(1).items
    False
    """


def init_errors():
    """
    >>> Point()
    Traceback (most recent call last):
    TypeError: __init__() takes at least 1 positional argument (0 given)
    >>> Point(1, 2, 3, 4, 5, 6, 7, 8)
    Traceback (most recent call last):
    TypeError: __init__() takes at most 7 positional arguments (8 given)
    >>> Point(1, derived=2)
    Traceback (most recent call last):
    TypeError: __init__() got an unexpected keyword argument 'derived'
    >>> Point(1, x=2)
    Traceback (most recent call last):
    TypeError: __init__() got multiple values for keyword argument 'x'
    >>> Point(y=2)
    Traceback (most recent call last):
    TypeError: __init__() takes at least 1 positional argument (0 given)
    """


def field_conversions():
    """
    >>> Point(1.9).x, Point(-1.9).x, Point(True).x
    (1, -1, 1)
    >>> Point('a')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> Point(2**40)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    >>> Point(1, 'b')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    >>> p = Point(1, 2, 3.9)
    >>> p.n, type(p.n).__name__, p.y
    (3, 'int', 2.0)
    >>> Point(1, 2, 'x')
    Traceback (most recent call last):
    TypeError: Expected int, got str
    >>> Point(1, items=(1,))
    Traceback (most recent call last):
    TypeError: Expected list, got tuple
    >>> Point(1, items=None).items is None
    True
    >>> Point(1, secret=5)
    Traceback (most recent call last):
    TypeError: Expected str, got int
    >>> p.n = 8.5
    >>> p.n
    8
    >>> del p.o
    >>> p.o is None
    True
    >>> del p.x
    Traceback (most recent call last):
    NotImplementedError: __del__
    """


def equality():
    """
    >>> Point(1) == Point(1), Point(1) == Point(2), Point(1) != Point(2)
    (True, False, True)
    >>> Point(1, note='a') == Point(1, note='b')
    True
    >>> Point(1, secret='a') == Point(1, secret='b')
    False
    >>> Point(1) == (1, 1.5, 4, None, [], 's', 9)
    False
    >>> Point.__eq__(Point(1), 5)
    NotImplemented
    >>> hash(Point(1))
    Traceback (most recent call last):
    TypeError: unhashable type: 'cdef_dataclass.Point'
    >>> Point.__hash__ is None
    True
    """


def module_functions():
    """
    >>> p = Point(1, items=[2])
    >>> [f.name for f in dataclasses.fields(p)]
    ['x', 'y', 'n', 'o', 'items', 'secret', 'note', 'derived']
    >>> dataclasses.asdict(p)
    {'x': 1, 'y': 1.5, 'n': 4, 'o': None, 'items': [2], 'secret': 's', 'note': None, 'derived': 9}
    >>> dataclasses.astuple(p)
    (1, 1.5, 4, None, [2], 's', None, 9)
    >>> dataclasses.replace(p, x=5, note='r')
    Point(x=5, y=1.5, n=4, o=None, items=[2], note='r', derived=9)
    >>> dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point)
    (True, True)
    >>> dataclasses.replace(p, derived=1)
    Traceback (most recent call last):
    ValueError: field derived is declared with init=False, it cannot be specified with replace()
    """


def dataclass_fields():
    """
    >>> fs = Point.__dataclass_fields__
    >>> type(fs).__name__, list(fs)
    ('dict', ['x', 'y', 'n', 'o', 'items', 'secret', 'note', 'derived'])
    >>> [(f.name, f.type) for f in fs.values()]
    [('x', 'cython.int'), ('y', 'cython.double'), ('n', 'int'), ('o', 'object'), ('items', 'list'), ('secret', 'str'), ('note', 'object'), ('derived', 'cython.int')]
    >>> [f.default for f in fs.values() if f.default is not dataclasses.MISSING]
    [1.5, 4, None, 's', None, 9]
    >>> fs['x'].default is dataclasses.MISSING, fs['items'].default_factory is list
    (True, True)
    >>> [(f.name, f.init, f.repr, f.compare, f.hash) for f in fs.values() if not (f.init and f.repr and f.compare)]
    [('secret', True, False, True, None), ('note', True, True, False, None), ('derived', False, True, True, None)]
    >>> type(fs['x']) is dataclasses.Field
    True
    >>> Point.__dataclass_params__
    _DataclassParams(init=True,repr=True,eq=True,order=False,unsafe_hash=False,frozen=False)
    >>> Point.__match_args__
    ('x', 'y', 'n', 'o', 'items', 'secret', 'note', 'derived')
    """


@dataclass
cdef class Defaults:
    a: int = START
    b: list = field(default_factory=make_list)
    c: list = field(default_factory=lambda: ['lambda'])
    d: dict = field(default_factory=dict)
    o: object = None


def defaults():
    """
    >>> Defaults()
    Defaults(a=7, b=[7], c=['lambda'], d={}, o=None)
    >>> Defaults().d is Defaults().d
    False
    >>> Defaults(d=[])
    Traceback (most recent call last):
    TypeError: Expected dict, got list
    >>> x = Defaults()
    >>> x.o = x
    >>> x
    Defaults(a=7, b=[7], c=['lambda'], d={}, o=...)
    """


@dataclass
cdef class NoInit:
    a: cython.int = field(init=False)
    b: object = field(init=False)
    c: list = field(init=False)


@dataclass
cdef class Declared:
    cdef int x
    cdef public double y
    cdef readonly object z


def init_false_and_cdef_fields():
    """
    >>> NoInit()
    NoInit(a=0, b=None, c=None)
    >>> NoInit(1)
    Traceback (most recent call last):
    TypeError: __init__() takes exactly 0 positional arguments (1 given)
    >>> d = Declared(1, 2, 'z')
    >>> d
    Declared(x=1, y=2.0, z='z')
    >>> d.y, d.z
    (2.0, 'z')
    >>> d.x
    Traceback (most recent call last):
    AttributeError: 'cdef_dataclass.Declared' object has no attribute 'x'
    >>> Declared(1, 2, 'z') == Declared(1, 2.0, 'z'), Declared(1, 2, 'z') == Declared(0, 2, 'z')
    (True, False)
    >>> Declared()
    Traceback (most recent call last):
    TypeError: __init__() takes exactly 3 positional arguments (0 given)
    """


@dataclass
cdef class Base:
    a: int
    b: int = 2


@dataclass
cdef class Derived(Base):
    c: int = 3


cdef class Plain:
    cdef public int p


@dataclass
cdef class FromPlain(Plain):
    q: int = 0


class PySub(Derived):
    pass


def inheritance():
    """
    >>> Derived(1), Derived(1, 5, 6)
    (Derived(a=1, b=2, c=3), Derived(a=1, b=5, c=6))
    >>> [f.name for f in dataclasses.fields(Derived)]
    ['a', 'b', 'c']
    >>> Base(1) == Derived(1), Derived(1) == Base(1), Base(1, 2) == Base(1, 2)
    (False, False, True)
    >>> isinstance(Derived(1), Base)
    True
    >>> FromPlain(3), FromPlain(3).p
    (FromPlain(q=3), 0)
    >>> FromPlain(p=3)
    Traceback (most recent call last):
    TypeError: __init__() got an unexpected keyword argument 'p'
    >>> PySub(1)
    PySub(a=1, b=2, c=3)
    >>> PySub(1) == PySub(1), PySub(1) == Derived(1)
    (True, False)
    """


@dataclass
cdef class Post:
    a: int = 0
    b: int = field(init=False, default=0)

    def __post_init__(self):
        print('Post.__post_init__')
        self.b = self.a + 1


@dataclass
cdef class InheritsPost(Post):
    c: int = 0


@dataclass
cdef class OverridesPost(Post):
    c: int = 0

    def __post_init__(self):
        print('OverridesPost.__post_init__')
        super().__post_init__()


def post_init():
    """
    >>> Post(1)
    Post.__post_init__
    Post(a=1, b=2)
    >>> InheritsPost(1, 5)
    InheritsPost(a=1, b=0, c=5)
    >>> OverridesPost(1, 5)
    OverridesPost.__post_init__
    Post.__post_init__
    OverridesPost(a=1, b=2, c=5)
    """


@dataclass
cdef class WithInitVar:
    a: int = 0
    scale: InitVar[int] = 3
    tag: ClassVar[str] = 'shared'

    def __post_init__(self, scale):
        print('scale', scale)
        self.a = self.a * scale


def initvar_classvar():
    """
    >>> WithInitVar(2)
    scale 3
    WithInitVar(a=6)
    >>> WithInitVar(2, 10)
    scale 10
    WithInitVar(a=20)
    >>> list(WithInitVar.__dataclass_fields__), [f.name for f in dataclasses.fields(WithInitVar)]
    (['a', 'scale'], ['a'])
    >>> WithInitVar.tag
    'shared'
    """


@dataclass
class PyClassDecorated:
    a: int = 1


def decorator_on_python_class():
    """
    >>> PyClassDecorated(), PyClassDecorated(5)
    (PyClassDecorated(a=1), PyClassDecorated(a=5))
    >>> PyClassDecorated().other = 1
    Traceback (most recent call last):
    AttributeError: 'cdef_dataclass.PyClassDecorated' object has no attribute 'other'
    >>> PyClassDecorated('x')
    Traceback (most recent call last):
    TypeError: Expected int, got str
    """
