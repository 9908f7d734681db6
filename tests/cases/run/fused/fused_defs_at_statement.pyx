# A def fused function whose def statement does more than bind it: decorators, defaults that
# are not literals, a def inside a loop or an if, a name bound before. Its object is made where
# the statement runs, as Cython makes it.
cimport cython

_calls = []

def counter(value):
    _calls.append(value)
    return value

def test_defaults_once(cython.floating a, cython.floating b = counter(2.5)):
    """
    >>> _calls
    [2.5, 7]
    >>> test_defaults_once(1.0)
    (1.0, 2.5, 'double')
    >>> test_defaults_once(1.0, 4.0)
    (1.0, 4.0, 'double')
    >>> test_defaults_once[float](1.5)
    (1.5, 2.5, 'float')
    >>> _calls
    [2.5, 7]
    >>> test_defaults_once.__defaults__
    (2.5,)
    >>> test_defaults_once[float].__defaults__
    (2.5,)
    """
    return a, b, cython.typeof(a)

ctypedef fused number:
    long
    double

def deciding_default(number x = counter(7)):
    """
    The default decides the specialization when the argument is left out.

    >>> deciding_default()
    ('long', 7)
    >>> deciding_default(1.5)
    ('double', 1.5)
    >>> deciding_default(x=3)
    ('long', 3)
    """
    return cython.typeof(x), x

def add_tag(tag):
    def decorate(f):
        f.tags = getattr(f, 'tags', []) + [tag]
        return f
    return decorate

@add_tag('outer')
@add_tag('inner')
def decorated(cython.integral n):
    """
    >>> decorated.tags
    ['inner', 'outer']
    >>> decorated(3)
    ('long', 6)
    >>> decorated[int](3)
    ('int', 6)
    >>> sorted(decorated.__signatures__)
    ['int', 'long', 'short']
    """
    return cython.typeof(n), n * 2

def wrap(f):
    def wrapper(*args):
        return ('wrapped', f(*args))
    return wrapper

@wrap
def replaced(cython.floating v):
    return v * 2

def test_replaced():
    """
    >>> test_replaced()
    ('wrapped', 4.0)
    """
    return replaced(2.0)

made = []
for i in range(3):
    def in_loop(cython.floating a, b=i):
        return a, b
    made.append(in_loop)

def test_in_loop():
    """
    >>> test_in_loop()
    [(1.0, 0), (1.0, 1), (1.0, 2)]
    >>> [f.__defaults__ for f in made]
    [(0,), (1,), (2,)]
    >>> made[0] is made[1]
    False
    """
    return [f(1.0) for f in made]

import sys
if sys.maxsize > 0:
    def chosen(cython.integral n):
        return 'first', cython.typeof(n)
else:
    pass

def test_chosen():
    """
    >>> test_chosen()
    ('first', 'long')
    """
    return chosen(1)

try:
    import a_module_that_is_not_there
except ImportError:
    def fallback(cython.floating x):
        return x + 1

def test_fallback():
    """
    >>> test_fallback()
    3.5
    """
    return fallback(2.5)

rebound = None
def rebound(cython.floating x):
    """
    >>> rebound(1.0)
    'double'
    """
    return cython.typeof(x)

def plain_in_if_user():
    """
    A plain def inside the module's if is a global too.

    >>> plain_in_if_user()
    5
    """
    return plain_in_if(4)

if True:
    def plain_in_if(n):
        return n + 1

def bytes_view_default(const unsigned char[:] b=b'xyz'):
    """
    >>> bytes_view_default()
    120
    >>> bytes_view_default(b'abc')
    97
    >>> bytes_view_default(None)
    """
    if b is None:
        return None
    return b[0]
