# def functions as function objects: __qualname__, __defaults__, __kwdefaults__, __module__, attributes,
# pickling by reference, binding as methods when stored in a class, inspect.signature (module-level,
# nested and cpdef functions). Expected outputs recorded from Cython 3.3.0.

import inspect, pickle

def plain(a, int b=2, *args, c=3.5, d, **kw):
    """
    >>> plain.__qualname__, plain.__defaults__, plain.__kwdefaults__, plain.__module__
    ('plain', (2,), {'c': 3.5}, 'function_objects')
    >>> str(inspect.signature(plain))
    '(a, b=2, *args, c=3.5, d, **kw)'
    >>> plain.attr = 'x'; plain.attr
    'x'
    >>> pickle.loads(pickle.dumps(plain)) is plain
    True
    >>> class K: m = plain
    >>> K().m(5, d=1)
    (5, 3.5)
    """
    return b, c

def outer(x):
    """
    >>> f = outer(3)
    >>> str(inspect.signature(f)), f.__defaults__, f.__code__.co_name, f.__code__.co_varnames
    ('(y, /, z=3)', (3,), 'inner', ('y', 'z'))
    """
    def inner(y, /, z=x):
        return y + z
    return inner

cpdef int cp(int x=1):
    """
    >>> cp(), cp.__defaults__, str(inspect.signature(cp))
    (1, (1,), '(x=1)')
    """
    return x
