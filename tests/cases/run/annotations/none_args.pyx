# Arguments refusing None: annotations of extension and builtin types, Optional/Union/| None,
# the allow_none_for_extension_args directive, `not None` on untyped arguments, and a cpdef
# function's annotated argument checked for C callers too. Expected outputs: Cython 3.3.0.
cimport cython
from typing import Optional, Union

cdef class Box:
    cdef public int v
    def __init__(self, v):
        self.v = v

def annotated(b: Box):
    """
    >>> annotated(Box(3))
    3
    >>> annotated(None)
    Traceback (most recent call last):
    TypeError: Argument 'b' has incorrect type (expected none_args.Box, got NoneType)
    >>> annotated([])
    Traceback (most recent call last):
    TypeError: Argument 'b' has incorrect type (expected none_args.Box, got list)
    """
    return b.v

def optional(a: Optional[Box], b: Union[None, Box], c: Box | None, d: Box = None):
    """
    >>> optional(None, None, None)
    (True, True, True, True)
    >>> optional(Box(1), Box(2), Box(3), Box(4))
    (False, False, False, False)
    >>> optional(Box(1), [], None)
    Traceback (most recent call last):
    TypeError: Argument 'b' has incorrect type (expected none_args.Box, got list)
    """
    return a is None, b is None, c is None, d is None

def builtin_annotated(l: list, r: range, t: Optional[tuple] = None):
    """
    >>> builtin_annotated([1], range(2))
    (1, 2, None)
    >>> builtin_annotated([1], [2])
    Traceback (most recent call last):
    TypeError: Argument 'r' has incorrect type (expected range, got list)
    >>> builtin_annotated(None, range(2))
    Traceback (most recent call last):
    TypeError: Argument 'l' has incorrect type (expected list, got NoneType)
    """
    return len(l), len(r), t

def classic(Box b):
    """
    >>> classic(None)
    'None'
    """
    return 'None' if b is None else b.v

@cython.allow_none_for_extension_args(False)
def strict(Box b, list l, Box c=None, Box d or None=None):
    """
    >>> strict(Box(1), [])
    (1, 0, None, None)
    >>> strict(None, [])
    Traceback (most recent call last):
    TypeError: Argument 'b' has incorrect type (expected none_args.Box, got NoneType)
    >>> strict(Box(1), None)
    Traceback (most recent call last):
    TypeError: Argument 'l' has incorrect type (expected list, got NoneType)
    """
    return b.v, len(l), c, d

def untyped_not_none(o not None, p or None):
    """
    >>> untyped_not_none(1, None)
    (1, None)
    >>> untyped_not_none(None, 2)
    Traceback (most recent call last):
    TypeError: Argument 'o' must not be None
    """
    return o, p

cpdef int checked(b: Box):
    return b.v

def call_checked_from_c(x):
    """
    >>> call_checked_from_c(Box(5))
    5
    >>> checked(None)
    Traceback (most recent call last):
    TypeError: Argument 'b' has incorrect type (expected none_args.Box, got NoneType)
    >>> call_checked_from_c(None)
    Traceback (most recent call last):
    TypeError: cannot pass None into a C function argument that is declared 'not None'
    """
    return checked(x)

def inferred_builtins():
    """
    >>> inferred_builtins()
    ('list object', 'dict object', 'tuple object', 'set object', 'range object', 'Python object')
    """
    a = list((1, 2))
    b = dict(x=1)
    c = tuple([1])
    d = set()
    e = range(3)
    f = len
    return cython.typeof(a), cython.typeof(b), cython.typeof(c), cython.typeof(d), cython.typeof(e), cython.typeof(f)

def constant_tuples():
    """
    >>> constant_tuples()
    (True, True, False, True)
    """
    a = (0, False)
    b = (0, 0)
    return a is (0, False), b is (0, 0), a is b, a == b
