# The walrus operator inside comprehensions binds a variable of the enclosing function: visible
# after the comprehension, last value wins, used to carry a running total, in a condition.
# Expected outputs recorded from Cython 3.3.0.

def last_value(int n):
    """
    >>> last_value(3)
    ([0, 2, 4], 4)
    """
    r = [(y := i * 2) for i in range(n)]
    return r, y


def running_total(items):
    """
    >>> running_total([1, 2, 3, 4])
    ([1, 3, 6, 10], 10)
    """
    total = 0
    r = [(total := total + x) for x in items]
    return r, total


def in_condition(words):
    """
    >>> in_condition(['a', 'bbb', 'cc', 'dddd'])
    ([3, 4], 4)
    """
    r = [n for w in words if (n := len(w)) > 2]
    return r, n


def any_witness(items):
    """
    >>> any_witness([1, 3, 4, 5])
    (True, 4)
    >>> any_witness([1, 3])
    (False, 3)
    """
    found = any((w := x) % 2 == 0 for x in items)
    return found, w


def c_typed_target(int n):
    """
    >>> c_typed_target(4)
    ([0, 1, 4, 9], 9)
    """
    cdef int last = -1
    r = [(last := i * i) for i in range(n)]
    return r, last
