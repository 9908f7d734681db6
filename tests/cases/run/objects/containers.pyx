# Building and indexing tuples, lists and dicts through the Python object API.
def make(a, b):
    """
    >>> make(1, "x")
    ((1, 'x'), [1, 'x', None], {'a': 1, 'b': 'x'})
    """
    return ((a, b), [a, b, None], {"a": a, "b": b})

def index(seq, long i):
    """
    >>> index([10, 20, 30], 1), index((10, 20, 30), -1), index("abc", 0)
    (20, 30, 'a')
    >>> index([1], 5)
    Traceback (most recent call last):
    IndexError: list index out of range
    """
    return seq[i]

def slices(seq):
    """
    >>> slices([0, 1, 2, 3, 4, 5])
    ([1, 2], [0, 2, 4], [5, 4, 3, 2, 1, 0], [3, 4, 5])
    """
    return (seq[1:3], seq[::2], seq[::-1], seq[3:])

def store(d, k, v):
    """
    >>> store({}, "k", 3)
    {'k': 3}
    """
    d[k] = v
    return d

def empty():
    """
    >>> empty()
    ((), [], {})
    """
    return ((), [], {})
