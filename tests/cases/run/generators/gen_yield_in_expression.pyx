# yield inside a larger expression: operands evaluated before the yield (constants, globals,
# parameters, items) are kept by the generator while it is suspended and used after it resumes.
# Expected outputs recorded from Cython 3.3.0.

PREFIX = 'p:'

def concat():
    """
    >>> g = concat(); next(g); g.send('b')
    'ab'
    """
    x = 'a' + (yield)
    yield x

def fstring_parts(y):
    """
    >>> g = fstring_parts(4)
    >>> next(g), g.send('sent'), next(g)
    (8, 'y:sent', None)
    """
    s = f'y:{yield y*2}'
    yield s
    f'{yield}'

def in_a_list(t):
    """
    >>> g = in_a_list((1, 2)); next(g); g.send(9)
    [1, 'p:', 9, 2]
    """
    yield [t[0], PREFIX, (yield), t[1]]

def call_with_yielded(d):
    """
    >>> g = call_with_yielded({'k': 3}); next(g); g.send('k'); g.send('x')
    'again'
    (3, 'p:x')
    """
    yield d.get((yield)), PREFIX + (yield 'again')
