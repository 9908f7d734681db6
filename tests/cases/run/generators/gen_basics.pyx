# Generators: iteration over a C range and any iterable, send, a return value, finally run by close(),
# an exception thrown in and caught. Expected outputs recorded from Cython 3.3.0.
def count(int n):
    """
    >>> list(count(3))
    [0, 1, 2]
    >>> g = count(2)
    >>> next(g), next(g)
    (0, 1)
    >>> next(g)
    Traceback (most recent call last):
    StopIteration
    """
    cdef int i
    for i in range(n):
        yield i

def echo():
    """
    >>> g = echo()
    >>> next(g)
    'ready'
    >>> g.send(5)
    10
    >>> g.send('a')
    'aa'
    """
    x = yield 'ready'
    while True:
        x = yield x * 2

def ret():
    """
    >>> g = ret()
    >>> next(g)
    1
    >>> try:
    ...     next(g)
    ... except StopIteration as e:
    ...     print(e.value)
    42
    """
    yield 1
    return 42

log = []
def fin():
    """
    >>> del log[:]
    >>> g = fin()
    >>> next(g)
    1
    >>> g.close()
    >>> log
    ['finally']
    """
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')

def catcher():
    """
    >>> g = catcher()
    >>> next(g)
    0
    >>> g.throw(ValueError('x'))
    'caught x'
    """
    r = None
    try:
        yield 0
    except ValueError as e:
        r = 'caught ' + str(e)
    yield r

def over(x):
    """
    >>> list(over([1, 2, 3]))
    [2, 4, 6]
    """
    for v in x:
        yield v * 2
