# x if cond else y in every expression position, with C and object operands and results: the
# type Cython gives it (both C: the wider C type; mixed: an object), only the chosen side run.


def in_arguments(flag):
    """
    >>> in_arguments(True), in_arguments(False)
    (3, 0)
    """
    return abs(-3 if flag else 0)


def in_subscript(flag):
    """
    >>> in_subscript(1), in_subscript(0)
    ('b', 'a')
    """
    l = ['a', 'b']
    return l[1 if flag else 0]


def as_subscript_target(flag):
    """
    >>> as_subscript_target(1), as_subscript_target(0)
    ([0, 9], [9, 0])
    """
    l = [0, 0]
    l[1 if flag else 0] = 9
    return l


def in_condition(a, b):
    """
    >>> in_condition(1, 0), in_condition(0, 1), in_condition(0, 0)
    ('yes', 'yes', 'no')
    """
    if (a if a else b):
        return 'yes'
    return 'no'


def in_while(int n):
    """
    >>> in_while(5)
    5
    """
    cdef int i = 0
    while (i < n if n > 0 else False):
        i += 1
    return i


def nested(int x):
    """
    >>> [nested(x) for x in (-5, 0, 5)]
    ['neg', 'zero', 'pos']
    """
    return 'neg' if x < 0 else 'zero' if x == 0 else 'pos'


def nested_in_condition(int x):
    """
    >>> nested_in_condition(1), nested_in_condition(-1)
    (1, -1)
    """
    return (1 if x > 0 else -1) if x != 0 else 0


def c_ints(int a, long b, bint flag):
    """
    >>> c_ints(2, 3, True), c_ints(2, 3, False)
    (2, 3)
    """
    cdef long r = a if flag else b
    return r


def c_int_and_double(int a, double d, bint flag):
    """
    >>> c_int_and_double(2, 0.5, True), c_int_and_double(2, 0.5, False)
    (2, 0.5)
    """
    return a if flag else d


def inferred_c_type(int a, double d, bint flag):
    """
    >>> inferred_c_type(7, 1.5, True), inferred_c_type(7, 1.5, False)
    (3.5, 0.75)
    """
    x = a if flag else d
    return x / 2


def c_and_object(int a, o, bint flag):
    """
    >>> c_and_object(1, 'o', True), c_and_object(1, 'o', False)
    (1, 'o')
    >>> c_and_object(1, None, False) is None
    True
    """
    return a if flag else o


def object_into_c(o, bint flag):
    """
    >>> object_into_c(4, True), object_into_c(4, False)
    (4, -1)
    >>> object_into_c('x', True)
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    cdef int r = o if flag else -1
    return r


def only_chosen_side(flag, log):
    """
    >>> log = []
    >>> only_chosen_side(True, log), only_chosen_side(False, log)
    ('left', 'right')
    >>> log
    ['left', 'right']
    """
    return note(log, 'left') if flag else note(log, 'right')


def note(log, x):
    log.append(x)
    return x


def unchosen_error_not_raised(flag):
    """
    >>> unchosen_error_not_raised(True)
    1
    >>> unchosen_error_not_raised(False)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    zero = 0.0
    return 1 if flag else 1 / zero


def in_containers(flag):
    """
    >>> in_containers(True)
    ([1], (1,), {'k': 1}, {1})
    >>> in_containers(False)
    ([None], (None,), {'k': None}, {None})
    """
    v = 1 if flag else None
    return [1 if flag else None], (1 if flag else None,), {'k': 1 if flag else None}, {v}


def in_return_of_cdef(bint flag):
    """
    >>> in_return_of_cdef(True), in_return_of_cdef(False)
    (1.5, -1.0)
    """
    return half_or_minus_one(3, flag)


cdef double half_or_minus_one(int n, bint flag):
    return n / 2.0 if flag else -1


def with_walrus(int x):
    """
    >>> with_walrus(4), with_walrus(-4)
    ((8, 8), (0, 0))
    """
    r = (y := x * 2) if x > 0 else (y := 0)
    return r, y


def condition_is_object(o):
    """
    >>> condition_is_object([]), condition_is_object([0])
    ('empty', 'full')
    """
    return 'full' if o else 'empty'


def in_augmented(int n, bint flag):
    """
    >>> in_augmented(10, True), in_augmented(10, False)
    (11, 20)
    """
    n += 1 if flag else n
    return n


def in_chained_compare(int x, bint flag):
    """
    >>> in_chained_compare(5, True), in_chained_compare(5, False)
    (True, False)
    """
    return 0 < x < (10 if flag else 3)
