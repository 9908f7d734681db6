# Cython's counted loop `for i from a <= i < b [by s]`, its short form `for a <= i < b` and the
# same in comprehensions: bounds evaluated once, the target moved by the body, left after the
# loop at the value that ended it (the start when the loop never runs), downward loops, strict
# first bounds, steps, break/continue/else, C int, C double and Python object targets.
# Expected outputs recorded from Cython 3.3.0.

def upward(int n):
    """
    >>> upward(5)
    ([0, 1, 2, 3, 4], 5)
    >>> upward(0)
    ([], 0)
    """
    cdef int i = 99
    r = []
    for i from 0 <= i < n:
        r.append(i)
    return r, i


def downward_by(int n):
    """
    >>> downward_by(5)
    ([4, 2, 0], -2)
    """
    cdef int i
    r = []
    for i from n > i >= 0 by 2:
        r.append(i)
    return r, i


def strict_first(int n):
    """
    >>> strict_first(4)
    ([1, 2, 3, 4], 5)
    """
    cdef long i
    r = []
    for i from 0 < i <= n:
        r.append(i)
    return r, i


def object_target(n):
    """
    >>> object_target(5)
    ([0, 2, 4, 'else'], 6)
    """
    r = []
    for i from 0 <= i <= n by 2:
        r.append(i)
    else:
        r.append('else')
    return r, i


def break_continue():
    """
    >>> break_continue()
    ([0, 2, 4], 5)
    """
    cdef int i
    r = []
    for i from 0 <= i < 10:
        if i % 2:
            if i == 5:
                break
            continue
        r.append(i)
    else:
        r.append('else')
    return r, i


def bounds_once(long n):
    """
    >>> bounds_once(3)
    ([0, 1, 2], 3)
    """
    cdef long i
    r = []
    for i from 0 <= i < n:
        n = 1
        r.append(i)
    return r, i


def body_moves_target():
    """
    >>> body_moves_target()
    ([0, 3, 6, 9], 12)
    """
    cdef int i
    r = []
    for i from 0 <= i < 10:
        r.append(i)
        i += 2
    return r, i


def python_target_moved():
    """
    >>> python_target_moved()
    ([0, 3, 6, 9], 12)
    """
    r = []
    x = None
    for x from 0 <= x < 10:
        r.append(x)
        x = x + 2
    return r, x


def double_target():
    """
    >>> double_target()
    ([0.0, 0.5, 1.0, 1.5], 2.0)
    """
    cdef double x
    r = []
    for x from 0 <= x < 2 by 0.5:
        r.append(x)
    return r, x


def short_form(int n):
    """
    >>> short_form(3)
    [0, 1, 2]
    """
    cdef int i
    r = []
    for 0 <= i < n:
        r.append(i)
    return r


def in_comprehensions():
    """
    >>> in_comprehensions()
    (['00', '01', '02'], [9, 7, 5], {0: 0, 1: 1})
    """
    cdef int i, j
    return ([u"%02d" % i for i from 0 <= i < 3], [j for j from 10 > j > 4 by 2],
            {i: i * i for i from 0 <= i < 2})


def nested(int n):
    """
    >>> nested(3)
    [(0, 1), (0, 2), (1, 2)]
    """
    cdef int i, j
    r = []
    for i from 0 <= i < n:
        for j from i < j < n:
            r.append((i, j))
    return r


def in_generator_expressions(int n):
    """
    >>> in_generator_expressions(4)
    (6, [1, 3], [(0, 1), (0, 2), (1, 2)])
    """
    cdef int i
    return (sum(i for i from 0 <= i < n), list(i for i from 0 < i < n by 2),
            list((a, b) for a from 0 <= a < 3 for b from a < b < 3))
