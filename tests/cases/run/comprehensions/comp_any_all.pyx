# any() and all() over generator expressions short-circuit: the items after the deciding one
# are never computed (counted with side effects); empty inputs; truthiness of objects.
# Expected outputs recorded from Cython 3.3.0.

def any_stops(int n):
    """
    >>> any_stops(10)
    (True, [0, 1, 2, 3])
    """
    seen = []
    r = any(seen.append(i) or i == 3 for i in range(n))
    return r, seen


def all_stops(int n):
    """
    >>> all_stops(10)
    (False, [0, 1, 2])
    """
    seen = []
    r = all(seen.append(i) or i < 2 for i in range(n))
    return r, seen


def any_none_true(int n):
    """
    >>> any_none_true(5)
    (False, 5)
    """
    cdef int count = 0
    def probe(int i):
        nonlocal count
        count += 1
        return i > 10
    return any(probe(i) for i in range(n)), count


def empties():
    """
    >>> empties()
    (False, True)
    """
    return any(x for x in []), all(x for x in [])


def truthiness(items):
    """
    >>> truthiness([0, '', None, [1]])
    (True, False)
    >>> truthiness([1, 'a'])
    (True, True)
    """
    return any(x for x in items), all(x for x in items)


def with_view(double[:] x):
    """
    >>> from array import array
    >>> with_view(array('d', [1.0, -1.0]))
    (True, False)
    """
    return any(v < 0 for v in x), all(v < 0 for v in x)


def raises_inside():
    """
    >>> raises_inside()
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    return all(1 / x for x in [1.0, 0.0])
