# Closures returned and called after the creator returned, several times, with arguments; the
# captured state survives the creator's frame; a closure returned from a closure.
# Expected outputs recorded from Cython 3.3.0.

def adder(n):
    """
    >>> add3 = adder(3)
    >>> add3(1), add3(10)
    (4, 13)
    >>> adder('x')('y')
    'yx'
    """
    def add(x):
        return x + n
    return add


def c_scaler(double factor):
    """
    >>> s = c_scaler(2.5)
    >>> s(2), s(-1)
    (5.0, -2.5)
    """
    def scale(double x):
        return x * factor
    return scale


def pair():
    """
    >>> get, put = pair()
    >>> put(5)
    >>> get()
    5
    >>> put('z')
    >>> get()
    'z'
    """
    box = None
    def get():
        return box
    def put(v):
        nonlocal box
        box = v
    return get, put


def curried(a):
    """
    >>> curried(1)(2)(3)
    6
    >>> f = curried('a')('b')
    >>> f('c'), f('d')
    ('abc', 'abd')
    """
    def second(b):
        def third(c):
            return a + b + c
        return third
    return second


def outlives_many():
    """
    >>> fs = outlives_many()
    >>> [f() for f in fs]
    [0, 1, 4, 9]
    """
    return [square_of(i) for i in range(4)]


def square_of(int k):
    def f():
        return k * k
    return f
