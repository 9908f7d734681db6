# Special method names of Python 2 and reflected operators in cdef classes, as Cython 3 compiles
# them for Python 3: __div__, __rdiv__, __idiv__, __cmp__, __hex__, __oct__ have no slot and are
# plain methods; a binary operator's methods (__add__, __radd__, ...) are the type's own methods,
# so `o.__radd__(x)` calls __radd__; a __len__ or __bool__ that returns nothing gives 0 (their
# slots' C result); a two-argument __ipow__ refuses pow()'s modulo.
# Expected outputs recorded from Cython 3.3.0.
from cpython.number cimport PyNumber_InPlacePower

cdef class Old:
    """
    >>> o = Old()
    >>> o.__div__(2), o.__rdiv__(2), o.__idiv__(2)
    ('div', 'rdiv', 'idiv')
    >>> o.__cmp__(o), o.__hex__(), o.__oct__()
    (0, '0x1', '0o1')
    >>> o / 2
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for /: 'py2_special_names.Old' and 'int'
    >>> hex(o)
    Traceback (most recent call last):
    TypeError: 'py2_special_names.Old' object cannot be interpreted as an integer
    >>> o + o, o.__add__(o), o.__radd__(o), o.__rsub__(o)
    ('add', 'add', 'radd', 'rsub')
    >>> 1 - o
    'rsub'
    >>> sorted(k for k in Old.__dict__ if k.startswith('__r'))
    ['__radd__', '__rdiv__', '__reduce__', '__reduce_cython__', '__rsub__']
    >>> type(Old.__dict__['__add__']).__name__, type(Old.__dict__['__sub__']).__name__
    ('method_descriptor', 'wrapper_descriptor')
    """
    def __div__(self, other):
        return "div"
    def __rdiv__(self, other):
        return "rdiv"
    def __idiv__(self, other):
        return "idiv"
    def __cmp__(self, other):
        return 0
    def __hex__(self):
        return "0x1"
    def __oct__(self):
        return "0o1"
    def __add__(self, other):
        return "add"
    def __radd__(self, other):
        return "radd"
    def __rsub__(self, other):
        return "rsub"

cdef class Silent:
    """
    >>> s = Silent()
    >>> len(s), s.__len__()
    len
    len
    (0, 0)
    >>> bool(s)
    bool
    False
    >>> 1 in s
    contains
    False
    """
    def __len__(self):
        print("len")
    def __bool__(self):
        print("bool")
    def __contains__(self, item):
        print("contains")

def ipow(a, b, c):
    return PyNumber_InPlacePower(a, b, c)

cdef class TwoArgIPow:
    """
    >>> a = TwoArgIPow()
    >>> a **= 2
    >>> a
    'ipow 2'
    >>> ipow(TwoArgIPow(), 2, None)
    'ipow 2'
    >>> ipow(TwoArgIPow(), 2, 3)
    Traceback (most recent call last):
    TypeError: py2_special_names.TwoArgIPow.__ipow__() takes 3 arguments but 2 were given
    """
    def __ipow__(self, other):
        return "ipow %s" % other
