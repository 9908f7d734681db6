# a < b < c in every position, with C and object operands: each middle operand is evaluated
# once, the chain stops at the first false link, and mixed C/object links compare as Python does.


def c_chain(int a, int b, int c):
    """
    >>> c_chain(1, 2, 3), c_chain(1, 3, 2), c_chain(2, 2, 2)
    (True, False, False)
    """
    return a < b < c


def c_chain_mixed_ops(int a, int b, int c, int d):
    """
    >>> c_chain_mixed_ops(1, 2, 2, 5), c_chain_mixed_ops(1, 2, 3, 5), c_chain_mixed_ops(1, 2, 2, 1)
    (True, False, False)
    """
    return a < b == c <= d


def c_and_double(int i, double d, long l):
    """
    >>> c_and_double(1, 1.5, 2), c_and_double(1, 2.5, 2)
    (True, False)
    """
    return i < d < l


def object_chain(a, b, c):
    """
    >>> object_chain(1, 2, 3), object_chain('a', 'b', 'a')
    (True, False)
    >>> object_chain([1], [1, 0], [2])
    True
    """
    return a < b < c


def object_chain_result_is_last_value(a, b, c):
    """
    >>> object_chain_result_is_last_value(1, 2, 3)
    True
    >>> object_chain_result_is_last_value(Weird(1), Weird(2), Weird(3))
    'lt 2 3'
    >>> object_chain_result_is_last_value(Weird(5), Weird(2), Weird(3))
    ''
    """
    return a < b < c


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v < other.v:
            return 'lt %d %d' % (self.v, other.v)
        return ''


def mixed_c_object(int a, b, double c):
    """
    >>> mixed_c_object(1, 2, 3.0), mixed_c_object(1, 5, 3.0)
    (True, False)
    >>> mixed_c_object(1, 'x', 3.0)
    Traceback (most recent call last):
    TypeError: '<' not supported between instances of 'int' and 'str'
    """
    return a < b < c


def middle_evaluated_once(log):
    """
    >>> log = []
    >>> middle_evaluated_once(log)
    True
    >>> log
    ['a', 'b', 'c']
    """
    return note(log, 'a', 1) < note(log, 'b', 2) < note(log, 'c', 3)


def short_circuit(log):
    """
    >>> log = []
    >>> short_circuit(log)
    False
    >>> log
    ['a', 'b']
    """
    return note(log, 'a', 5) < note(log, 'b', 2) < note(log, 'c', 3)


def c_middle_once(int x):
    """
    >>> c_middle_once(2)
    (True, 1)
    """
    calls = [0]
    r = 0 < counted(calls, x) < 5
    return r, calls[0]


cdef int counted(list calls, int x) except -1:
    calls[0] += 1
    return x


def note(log, name, v):
    log.append(name)
    return v


def in_if_and_while(int n):
    """
    >>> in_if_and_while(5)
    (4, 'inside')
    """
    cdef int i = 0
    while 0 <= i < n - 1:
        i += 1
    if 0 < i < n:
        return i, 'inside'
    return i, 'outside'


def in_conditional(int x):
    """
    >>> in_conditional(3), in_conditional(30)
    ('small', 'big')
    """
    return 'small' if 0 < x < 10 else 'big'


def with_in_and_is(x, l):
    """
    >>> with_in_and_is(1, [1, 2]), with_in_and_is(3, [1, 2])
    (True, False)
    >>> with_in_and_is(None, [None])
    True
    """
    return x in l is not None


def long_chain(int a, int b, int c, int d, int e):
    """
    >>> long_chain(1, 2, 3, 4, 5), long_chain(1, 2, 3, 3, 5)
    (True, False)
    """
    return a < b < c < d < e


def chain_in_boolean_ops(int x, int y):
    """
    >>> chain_in_boolean_ops(1, 2), chain_in_boolean_ops(1, 20), chain_in_boolean_ops(-1, 20)
    (True, True, False)
    """
    return 0 < x < 10 and (0 < y < 10 or 10 <= y < 100)


def chain_stored_in_bint(int x):
    """
    >>> chain_stored_in_bint(1), chain_stored_in_bint(0)
    (True, False)
    """
    cdef bint b = 0 < x <= 1
    return b


def chain_as_argument(int x):
    """
    >>> chain_as_argument(5)
    [True, False]
    """
    return [0 < x < 10, 10 < x < 20]


def chain_with_walrus(int x):
    """
    >>> chain_with_walrus(3)
    (True, 6)
    """
    return 0 < (y := x * 2) < 10, y
