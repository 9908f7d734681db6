# A def fused function as an object: its specializations by name in __signatures__ (in Cython's
# order), indexing by a member's name, a type or a tuple of them, and its own names.
cimport cython

ctypedef fused T:
    int
    double

ctypedef fused U:
    float
    long

ctypedef double mydouble

ctypedef fused td:
    int
    mydouble

def f(T a):
    """A docstring."""
    return cython.typeof(a), a

def f2(T a, U b):
    return cython.typeof(a) + "," + cython.typeof(b)

def ftd(td a):
    return cython.typeof(a)

def names():
    """
    >>> names()
    ('f', 'f', 'A docstring.', 'A docstring.', 'index_names')
    """
    return f.__name__, f.__qualname__, f.__doc__, f['int'].__doc__, f.__module__

def signatures():
    """
    >>> signatures()
    (['int', 'double'], ['int|float', 'int|long', 'double|float', 'double|long'])
    """
    return list(f.__signatures__), list(f2.__signatures__)

def indexing():
    """
    >>> indexing()
    (('int', 2), ('double', 2.0), 'int,float', 'double,long', 'int,float', True)
    """
    return (f['int'](2), f['double'](2), f2['int', 'float'](1, 2), f2['double|long'](1, 2), f2[int, float](1, 2),
            f.__signatures__['double'] is f['double'])

def bad_index():
    """
    >>> bad_index()
    KeyError 'float|float'
    KeyError 'long'
    """
    for key in [(float, float), 'long']:
        try:
            f2[key] if isinstance(key, tuple) else f[key]
        except KeyError as e:
            print('KeyError', e)

def typedef_members():
    """
    >>> typedef_members()
    (['int', 'mydouble'], 'int')
    """
    return list(ftd.__signatures__), ftd(1)

def fused_type_name():
    """
    >>> fused_type_name()
    'fused_cython_function'
    """
    return type(f).__name__
