# Extended unpacking (PEP 3132) and starred items of displays (PEP 448): a starred target gets a
# list of the items left over, in assignments, for loops and nested targets; *x in a list, tuple or
# set display splices the items of any iterable. Errors as Cython raises them.
# Expected outputs recorded from Cython 3.3.0.

def targets():
    """
    >>> targets()
    (1, [2, 3, 4, 5], [1, 2, 3, 4], 5, 1, [2, 3], 4, 5, [], 'a', ['b', 'c'])
    """
    a, *b = 1, 2, 3, 4, 5
    *c, d = [1, 2, 3, 4, 5]
    e, *f, g, h = range(1, 6)
    i, *j, k = 'xy'
    l, *m = 'abc'
    return a, b, c, d, e, f, g, h, j, l, m

def from_iterator(it):
    """
    >>> from_iterator(iter([1, 2, 3]))
    (1, [2], 3)
    >>> from_iterator(x * 2 for x in range(5))
    (0, [2, 4, 6], 8)
    """
    first, *middle, last = it
    return first, middle, last

def too_short(seq):
    """
    >>> too_short([1, 2])
    (1, [], 2)
    >>> too_short([1])
    Traceback (most recent call last):
    ValueError: need more than 1 value to unpack
    >>> too_short([])
    Traceback (most recent call last):
    ValueError: need more than 0 values to unpack
    """
    a, *b, c = seq
    return a, b, c

def in_loops(rows):
    """
    >>> in_loops([(1, 2, 3), (4,), (5, 6)])
    [(1, [2, 3]), (4, []), (5, [6])]
    """
    out = []
    for head, *tail in rows:
        out.append((head, tail))
    return out

def nested(value):
    """
    >>> nested(([1, 2, 3], 4))
    (1, [2, 3], 4)
    """
    (a, *b), c = value
    return a, b, c

def typed_list_target(seq):
    """
    >>> typed_list_target('hello')
    ('h', ['e', 'l', 'l', 'o'])
    """
    cdef list rest
    first, *rest = seq
    return first, rest

def displays(a, b):
    """
    >>> displays([1, 2], (3,))
    ([1, 2, 3], (0, 1, 2, 3, 4), [1, 2, 3, 1, 2], [0, 0, 1, 4])
    >>> sorted(displays_set([3, 1], [5]))
    [1, 2, 3, 5]
    """
    return [*a, *b], (0, *a, *b, 4), [*a, 3, *a], [0, *(x * x for x in range(3))]

def displays_set(a, b):
    return {*a, 2, *b}

def not_iterable(x):
    """
    >>> not_iterable(5)
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    """
    return [*x]

def evaluation_order():
    """
    >>> evaluation_order()
    ([1, 'a', 'b', 2], ['one', 'ab', 'two'])
    """
    log = []
    def note(name, value):
        log.append(name)
        return value
    result = [note('one', 1), *note('ab', 'ab'), note('two', 2)]
    return result, log

def dict_displays(a, b):
    """
    >>> dict_displays({'x': 1, 'y': 2}, {'y': 3})
    ({'x': 1, 'y': 3, 'z': 4}, {'x': 0, 'y': 2}, {})
    >>> dict_displays({}, 5)
    Traceback (most recent call last):
    TypeError: 'int' object is not a mapping
    """
    return {**a, **b, 'z': 4}, {'x': 0, **{k: v for k, v in a.items() if k != 'x'}}, {**{}}
