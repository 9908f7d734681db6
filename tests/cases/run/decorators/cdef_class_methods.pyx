# Arbitrary decorators on def methods of cdef classes: the method's function object is made where
# the def stands in the class body, passed to its decorators (innermost first), and what they
# return is bound in the type's dict; self is the class's instance, so its C attributes are read
# directly. A decorator may return a wrapper, a property, a classmethod or anything else.
# Expected outputs recorded from Cython 3.3.0.
import functools

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args[1:], sorted(kwargs.items()))
        return func(*args, **kwargs)
    return wrapper

def add_one(func):
    def inner(*args):
        return func(*args[:-1], args[-1] + 1)
    return inner

def constant(value):
    def deco(func):
        return value
    return deco

my_property = property

cdef class Counter:
    """
    >>> c = Counter(5)
    >>> c.bump(2)
    call bump (2,) []
    7
    >>> c.bump(by=3)
    call bump () [('by', 3)]
    10
    >>> c.bump.__name__, c.bump.__doc__
    ('bump', 'Adds to the count.')
    >>> c.twice(1)
    13
    >>> Counter.twice(c, 1)
    13
    >>> c.doubled
    20
    >>> c.answer
    42
    >>> Counter.answer
    42
    >>> c.scaled(2)
    call scaled (2,) []
    20
    >>> Counter.make(3).n
    3
    >>> c.n = 1
    >>> c.bump()
    call bump () []
    2
    >>> sorted(k for k in Counter.__dict__ if not k.startswith('_'))
    ['answer', 'bump', 'doubled', 'make', 'n', 'scaled', 'static_sum', 'twice']
    >>> Counter.static_sum(1, 2)
    4
    """
    cdef public int n

    def __init__(self, n):
        self.n = n

    @trace
    def bump(self, by=1):
        "Adds to the count."
        self.n += by
        return self.n

    @add_one
    @add_one
    def twice(self, x):
        return self.n + x

    @my_property
    def doubled(self):
        return self.n * 2

    @constant(42)
    def answer(self):
        return 0

    @trace
    def scaled(self, int k):
        cdef int result = self.n * k
        return result

    @classmethod
    def make(cls, n):
        return cls(n)

    @add_one
    @staticmethod
    def static_sum(a, b):
        return a + b


cdef class Sub(Counter):
    """
    >>> s = Sub(1)
    >>> s.bump(1)
    call bump (1,) []
    'sub 2'
    """
    @trace
    def bump(self, by=1):
        return "sub %d" % (self.n + by)
