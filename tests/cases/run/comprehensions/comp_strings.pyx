# Comprehensions building and joining strings: str.join over generator expressions and list
# comprehensions, formatting with %, splitting, and a join over non-strings failing.
# Expected outputs recorded from Cython 3.3.0.

def csv(int n):
    """
    >>> csv(5)
    '0,1,2,3,4'
    """
    return ",".join(str(i) for i in range(n))


def words(s):
    """
    >>> words('the quick  brown')
    'The-Quick-Brown'
    """
    return '-'.join([w.capitalize() for w in s.split()])


def formatted(double[:] x):
    """
    >>> from array import array
    >>> formatted(array('d', [1.0, 2.25]))
    '1.00 2.25'
    """
    return ' '.join('%.2f' % v for v in x)


def counts(s):
    """
    >>> counts('abca')
    {'a': 2, 'b': 1, 'c': 1}
    """
    return {c: s.count(c) for c in sorted(set(s))}


def join_not_str():
    """
    >>> join_not_str()
    Traceback (most recent call last):
    TypeError: sequence item 0: expected str instance, int found
    """
    return ','.join(i for i in range(3))
