# __divmod__ and __rdivmod__ on cdef classes (one nb_divmod slot): divmod(obj, 3) and divmod(3, obj),
# NotImplemented from __divmod__ falling back to __rdivmod__ of the right operand (also when both
# operands have the same type, where Python would not try the reflected method), the TypeError
# when both give NotImplemented or a class defines neither, a class with only one of the two,
# subclasses (cdef and Python) inheriting them, calling them as methods, a typed `other`.
# Expected outputs recorded from Cython 3.3.0.

def attempt(a, b):
    try:
        return divmod(a, b)
    except TypeError as e:
        return 'TypeError: %s' % e


cdef class Num:
    cdef public int v

    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        print('divmod', type(self).__name__, type(other).__name__)
        if isinstance(other, int):
            return divmod(self.v, other)
        return NotImplemented

    def __rdivmod__(self, other):
        print('rdivmod', type(self).__name__, type(other).__name__)
        if isinstance(other, int):
            return divmod(other, self.v)
        return NotImplemented


cdef class SubNum(Num):
    pass


class PySubNum(Num):
    pass


def basic():
    """
    >>> divmod(Num(17), 5)
    divmod Num int
    (3, 2)
    >>> divmod(30, Num(7))
    rdivmod Num int
    (4, 2)
    >>> divmod(-7, Num(2))
    rdivmod Num int
    (-4, 1)
    >>> Num(9).__divmod__(4), Num(4).__rdivmod__(9)
    divmod Num int
    rdivmod Num int
    ((2, 1), (2, 1))
    >>> type(Num.__dict__['__divmod__']).__name__, type(Num.__dict__['__rdivmod__']).__name__
    ('method_descriptor', 'method_descriptor')
    """


def not_implemented():
    """
    >>> attempt(Num(1), 'x')
    divmod Num str
    "TypeError: unsupported operand type(s) for divmod(): 'special_divmod.Num' and 'str'"
    >>> attempt('x', Num(1))
    rdivmod Num str
    "TypeError: unsupported operand type(s) for divmod(): 'str' and 'special_divmod.Num'"
    >>> attempt(Num(1), 2.5)
    divmod Num float
    "TypeError: unsupported operand type(s) for divmod(): 'special_divmod.Num' and 'float'"
    >>> attempt(Num(1), Num(2))
    divmod Num Num
    rdivmod Num Num
    "TypeError: unsupported operand type(s) for divmod(): 'special_divmod.Num' and 'special_divmod.Num'"
    >>> Num(1).__divmod__('x')
    divmod Num str
    NotImplemented
    """


def subclasses():
    """
    >>> divmod(SubNum(7), 2)
    divmod SubNum int
    (3, 1)
    >>> divmod(9, SubNum(4))
    rdivmod SubNum int
    (2, 1)
    >>> attempt(Num(1), SubNum(3))
    divmod Num SubNum
    rdivmod SubNum Num
    "TypeError: unsupported operand type(s) for divmod(): 'special_divmod.Num' and 'special_divmod.SubNum'"
    >>> divmod(PySubNum(11), 3)
    divmod PySubNum int
    (3, 2)
    >>> divmod(11, PySubNum(3))
    rdivmod PySubNum int
    (3, 2)
    """


cdef class OnlyDivmod:
    def __divmod__(self, other):
        return ('divmod', type(other).__name__)


cdef class OnlyRdivmod:
    def __rdivmod__(self, other):
        return ('rdivmod', type(other).__name__)


cdef class Neither:
    pass


def one_half():
    """
    >>> divmod(OnlyDivmod(), 1)
    ('divmod', 'int')
    >>> divmod(1, OnlyDivmod())
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for divmod(): 'int' and 'special_divmod.OnlyDivmod'
    >>> divmod(1, OnlyRdivmod())
    ('rdivmod', 'int')
    >>> divmod(OnlyRdivmod(), 1)
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for divmod(): 'special_divmod.OnlyRdivmod' and 'int'
    >>> divmod(OnlyDivmod(), OnlyRdivmod())
    ('divmod', 'OnlyRdivmod')
    >>> OnlyDivmod().__rdivmod__(1), OnlyRdivmod().__divmod__(1)
    (NotImplemented, NotImplemented)
    >>> type(OnlyDivmod.__dict__['__rdivmod__']).__name__
    'wrapper_descriptor'
    >>> divmod(Neither(), 1)
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for divmod(): 'special_divmod.Neither' and 'int'
    >>> divmod(1, Neither())
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for divmod(): 'int' and 'special_divmod.Neither'
    >>> hasattr(Neither, '__divmod__')
    False
    """


cdef class TypedOther:
    def __divmod__(self, int other):
        return (other, other + 1)


def typed_other():
    """
    >>> divmod(TypedOther(), 3)
    (3, 4)
    >>> divmod(TypedOther(), 'x')
    Traceback (most recent call last):
    TypeError: an integer is required
    """


def from_cython(a, b):
    """
    >>> from_cython(Num(10), 3)
    divmod Num int
    (3, 1)
    >>> from_cython(10, Num(3))
    rdivmod Num int
    (3, 1)
    """
    return divmod(a, b)


class PyNum:
    def __divmod__(self, other):
        print('PyNum.divmod')
        return NotImplemented

    def __rdivmod__(self, other):
        print('PyNum.rdivmod')
        return NotImplemented


def python_class():
    """
    >>> attempt(PyNum(), PyNum())
    PyNum.divmod
    "TypeError: unsupported operand type(s) for divmod(): 'PyNum' and 'PyNum'"
    >>> attempt(1, PyNum())
    PyNum.rdivmod
    "TypeError: unsupported operand type(s) for divmod(): 'int' and 'PyNum'"
    """
