# Mutating containers passed in; the caller sees the changes, and nothing leaks on errors.
def count_words(words):
    """
    >>> sorted(count_words(["a", "b", "a", "c", "a"]).items())
    [('a', 3), ('b', 1), ('c', 1)]
    """
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts

def lookup(d, k):
    """
    >>> lookup({"x": 1}, "x")
    1
    >>> lookup({"x": 1}, "y")
    Traceback (most recent call last):
    KeyError: 'y'
    """
    return d[k]

def fill(lst, long n):
    """
    >>> a = []
    >>> fill(a, 3) is None, a
    (True, [0, 1, 4])
    """
    cdef long i
    for i in range(n):
        lst.append(i * i)
