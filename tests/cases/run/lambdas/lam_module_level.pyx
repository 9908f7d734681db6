# Lambdas at module level: assigned to globals, stored in a dict used as a dispatch table,
# reading module globals late (a global rebound after the lambda was made).
# Expected outputs recorded from Cython 3.3.0.

RATE = 2
double_it = lambda x: x * 2
OPS = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
}
scaled = lambda x: x * RATE


def calls():
    """
    >>> calls()
    (10, 7, -1, 12)
    """
    return double_it(5), OPS['+'](3, 4), OPS['-'](3, 4), OPS['*'](3, 4)


def late_global():
    """
    >>> late_global()
    (6, 30)
    """
    global RATE
    before = scaled(3)
    RATE = 10
    after = scaled(3)
    RATE = 2
    return before, after


def unknown_op():
    """
    >>> unknown_op()
    Traceback (most recent call last):
    KeyError: '/'
    """
    return OPS['/'](1, 2)
