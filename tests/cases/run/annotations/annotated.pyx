# Python annotations as Cython 3 types them (annotation_typing): cython.int and friends, a string
# naming a C type, float (a C double), bool (a bint), builtin types refusing None unless
# Optional[...], int (a Python int); annotated locals and extension type attributes declared as
# cdef declares them; annotations in Python classes only assign. Expected outputs recorded from
# Cython 3.3.0.
cimport cython
from typing import Optional

def f(x: int, y: float, z: cython.int, l: list, s: str, o: Optional[list], d: "double", b: bool, c: cython.double = 1.5):
    """
    >>> f(1, 2.0, 3, [], 's', None, 4.0, True)
    (1, 'double', 'int', 'list object', 'str object', 'list object', 'double', 'bint', 'double')
    """
    return x, cython.typeof(y), cython.typeof(z), cython.typeof(l), cython.typeof(s), cython.typeof(o), cython.typeof(d), cython.typeof(b), cython.typeof(c)

def errors(l: list, s: Optional[str] = None):
    """
    >>> errors([1])
    1
    >>> errors(None)
    Traceback (most recent call last):
    TypeError: Argument 'l' has incorrect type (expected list, got NoneType)
    >>> errors((1,))
    Traceback (most recent call last):
    TypeError: Argument 'l' has incorrect type (expected list, got tuple)
    """
    return len(l)

def g():
    """
    >>> g()
    ('int', 5, 'double', 'list object', 'double', 'Python object', 3, 4, 2.0, [], 0.0, None)
    """
    a: cython.int = 3
    b: int = 4
    c: float = 2
    d: list = []
    e: cython.double = 0
    f: object = None
    return cython.typeof(a), b + 1, cython.typeof(c), cython.typeof(d), cython.typeof(e), cython.typeof(f), a, b, c, d, e, f

def floats(x: float):
    """
    >>> floats(3), floats(2.5)
    (1.5, 1.25)
    >>> floats('a')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    return x / 2

cdef class K:
    x: cython.int
    y: object
    z: list
    def __init__(self):
        self.x = 1
        self.z = [self.x]
    def get(self):
        return self.x, self.y, self.z

def k():
    """
    >>> k()
    (1, None, [1], False)
    """
    o = K()
    return o.get() + (hasattr(o, 'x'),)

class P:
    a: int = 3
    b: str

def p():
    """
    >>> P.a, hasattr(P, 'b')
    (3, False)
    """
