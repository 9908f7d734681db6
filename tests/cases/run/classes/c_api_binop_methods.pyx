# cython: c_api_binop_methods=True
# The c_api_binop_methods directive: True (here for the whole module) makes a cdef class's
# binary operator slot its __add__ itself, called with the operands in their order whichever is
# the instance (its first argument untyped; __radd__ unused); @cython.c_api_binop_methods(False)
# gives a class Python's semantics back (__add__ for the left instance, __radd__ for the right).
# Expected outputs recorded from Cython 3.3.0.
cimport cython

cdef class CApi:
    """
    >>> CApi(1) + 2
    ('add', 'CApi(1)', 2)
    >>> 2 + CApi(1)
    ('add', 2, 'CApi(1)')
    >>> CApi(1) * CApi(2)
    ('mul', 'CApi(1)', 'CApi(2)')
    >>> 3 - CApi(1)
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for -: 'int' and 'c_api_binop_methods.CApi'
    >>> CApi(1) ** 2
    ('pow', 'CApi(1)', 2, None)
    >>> pow(2, CApi(1), 5)
    ('pow', 2, 'CApi(1)', 5)
    >>> "x" + CApi(0)
    Traceback (most recent call last):
    TypeError: can only concatenate str (not "c_api_binop_methods.CApi") to str
    """
    cdef int v

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "CApi(%d)" % self.v

    def __add__(self, other):
        if isinstance(self, str) or isinstance(other, str):
            return NotImplemented
        return ("add", repr(self) if isinstance(self, CApi) else self,
                repr(other) if isinstance(other, CApi) else other)

    def __radd__(self, other):
        return "radd is not used"

    def __mul__(a, b):
        return ("mul", repr(a), repr(b))

    def __rsub__(self, other):
        return "rsub is not used"

    def __pow__(a, b, m):
        return ("pow", repr(a) if isinstance(a, CApi) else a, repr(b) if isinstance(b, CApi) else b, m)


@cython.c_api_binop_methods(False)
cdef class PySemantics:
    """
    >>> PySemantics() + 1
    ('add', 1)
    >>> 1 + PySemantics()
    ('radd', 1)
    >>> 3 - PySemantics()
    ('rsub', 3)
    """
    cdef int v

    def __add__(self, other):
        return ("add", other)

    def __radd__(self, other):
        return ("radd", other)

    def __rsub__(self, other):
        return ("rsub", other)
