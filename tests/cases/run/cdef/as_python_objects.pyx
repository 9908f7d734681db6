# cdef functions and methods used as Python objects (Cython's autowrap): each becomes a function
# named `wrap` taking the C function's parameters by position or keyword (their C types convert
# the arguments, with a def's errors), calling it and returning its result; documented as Cython
# documents it. Where an object is wanted: a stored object, a return, a dict, an argument, a
# module global, `<object>f`; a cdef method through its class (unbound) or an instance (bound).
# Expected outputs recorded from Cython 3.3.0.
cimport cython
from libc.math cimport sqrt

cdef struct Point:
    int x
    double y

cdef class Box:
    cdef int size

    def __init__(self, size):
        self.size = size

    cdef int grow(self, int by):
        self.size += by
        return self.size

    cdef void reset(self):
        self.size = 0


cdef double halve(double x):
    return x / 2

cdef int checked(int a, long long b) except -1:
    if a < 0:
        raise ValueError("negative a: %d" % a)
    return a + <int>b

cdef bint positive(float x, unsigned char y, Py_ssize_t z):
    return x > 0 and y > 0 and z > 0

cdef void shout(str text):
    print(text.upper())

cdef tuple pair(list a, dict b):
    return a, b

cdef object anything(a, Box b):
    return a, b.size

cdef Point moved(Point p, int dx):
    p.x += dx
    return p

cdef list nothing_in():
    return []


module_sqrt = sqrt


def stored_and_called():
    """
    >>> stored_and_called()
    (2.5, 2.0, True, [])
    """
    cdef object h = halve
    f = <object>positive
    return h(5), h(x=4), f(1.5, 2, 3), (<object>nothing_in)()


def documented():
    """
    >>> for line in documented(): print(line)
    wrap(x: float) -> float
    wrap(a: 'int', b: 'long long') -> 'int'
    wrap(x: 'float', y: 'unsigned char', z: 'Py_ssize_t') -> bool
    wrap(text: str) -> 'void'
    wrap(a: list, b: dict) -> tuple
    wrap(a, b: 'Box')
    wrap(p: 'Point', dx: 'int') -> 'Point'
    wrap() -> list
    wrap(x: float) -> float
    """
    funcs = [halve, checked, positive, shout, pair, anything, moved, nothing_in, sqrt]
    return [f.__doc__ for f in funcs]


def names():
    """
    >>> names()
    ('wrap', 'wrap', True)
    """
    cdef object a = halve
    cdef object b = halve
    return a.__name__, module_sqrt.__name__, callable(a) and callable(b)


def errors():
    """
    >>> f = errors()
    >>> f(1, 2)
    3
    >>> f(-1, 2)
    Traceback (most recent call last):
    ...
    ValueError: negative a: -1
    >>> f(1)
    Traceback (most recent call last):
    ...
    TypeError: wrap() takes exactly 2 positional arguments (1 given)
    >>> f('x', 2)
    Traceback (most recent call last):
    ...
    TypeError: an integer is required
    >>> f(1, c=2)
    Traceback (most recent call last):
    ...
    TypeError: wrap() got an unexpected keyword argument 'c'
    >>> p = pair_function()
    >>> p([1], {2: 3})
    ([1], {2: 3})
    >>> p((1,), {})
    Traceback (most recent call last):
    ...
    TypeError: Argument 'a' has incorrect type (expected list, got tuple)
    """
    return checked


def pair_function():
    return pair


def void_and_struct():
    """
    >>> void_and_struct()
    HELLO
    (None, {'x': 3, 'y': 1.5})
    """
    funcs = {'shout': shout, 'moved': moved}
    return funcs['shout']('hello'), funcs['moved']({'x': 1, 'y': 1.5}, 2)


def methods():
    """
    >>> methods()
    (7, 9, 0, ('wrap', 'method'), "wrap(self: 'Box', by: 'int') -> 'int'")
    """
    b = Box(5)
    unbound = Box.grow
    bound = b.grow
    first = unbound(b, 2)
    second = bound(by=2)
    (<object>Box.reset)(b)
    return first, second, b.size, (bound.__name__, type(bound).__name__), unbound.__doc__


def objects_and_typeof():
    """
    >>> objects_and_typeof()
    ((1, 4), 'double (double) except? -1', 'Python object')
    """
    return (<object>anything)(1, Box(4)), cython.typeof(halve), cython.typeof(module_sqrt)
