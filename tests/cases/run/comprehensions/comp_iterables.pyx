# Comprehensions over different iterables: dict keys, values and items, strings, bytes (ints),
# enumerate, zip, reversed, a range object stored in a variable and an iterator object (zip
# takes a third item from it before it sees the range end).
# Expected outputs recorded from Cython 3.3.0.

def over_dict(d):
    """
    >>> over_dict({'a': 1, 'b': 2})
    (['a', 'b'], [1, 2], ['a=1', 'b=2'])
    """
    return [k for k in d], [v for v in d.values()], [k + '=' + str(v) for k, v in d.items()]


def over_str(s):
    """
    >>> over_str('abc')
    ['a!', 'b!', 'c!']
    """
    return [c + '!' for c in s]


def over_bytes(bytes b):
    """
    >>> over_bytes(b'AB')
    [65, 66]
    """
    return [x for x in b]


def with_enumerate(items):
    """
    >>> with_enumerate('xy')
    {0: 'x', 1: 'y'}
    """
    return {i: c for i, c in enumerate(items)}


def with_zip(a, b):
    """
    >>> with_zip([1, 2, 3], 'ab')
    [(1, 'a'), (2, 'b')]
    """
    return [(x, y) for x, y in zip(a, b)]


def with_reversed(int n):
    """
    >>> with_reversed(4)
    [3, 2, 1, 0]
    """
    return [i for i in reversed(range(n))]


def range_object(int n):
    """
    >>> range_object(3)
    [0, 1, 2]
    """
    r = range(n)
    return [i for i in r]


def from_iterator():
    """
    >>> from_iterator()
    ([1, 2], [])
    """
    it = iter([1, 2, 3])
    first = [x for x, _ in zip(it, range(2))]
    return first, [x for x in it]


def unpack_target(pairs):
    """
    >>> unpack_target([(1, (2, 3)), (4, (5, 6))])
    [6, 15]
    """
    return [a + b + c for a, (b, c) in pairs]
