"""Handler classes may come from any expression, such as a module-level tuple.

>>> [f(k) for k in ('a', 'b', 'c')]
['caught KeyError', 'caught IndexError', 'uncaught']
"""
ERRORS = (KeyError, IndexError)

def f(k):
    try:
        if k == 'a':
            raise KeyError(k)
        if k == 'b':
            raise IndexError(k)
        return 'uncaught'
    except ERRORS as e:
        return 'caught ' + type(e).__name__
