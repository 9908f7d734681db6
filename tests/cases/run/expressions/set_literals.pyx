# Set displays {a, b}: a new set typed 'set' (declared set locals, methods, 'in'), items
# evaluated left to right, unhashable items refused.


def literal():
    """
    >>> sorted(literal())
    [1, 2, 3]
    >>> type(literal()) is set
    True
    """
    return {1, 2, 3, 2, 1}


def with_variables(a, b):
    """
    >>> with_variables(1, 2) == {1, 2, 'x'}
    True
    >>> with_variables(1, 1) == {1, 'x'}
    True
    """
    return {a, b, 'x'}


def single_and_trailing_comma(a):
    """
    >>> single_and_trailing_comma(5)
    ({5}, {5})
    """
    return {a}, {a,}


def c_values(int i, double d):
    """
    >>> sorted(c_values(3, 2.5))
    [2.5, 3, 4]
    """
    return {i, d, i + 1}


def typed_local():
    """
    >>> sorted(typed_local())
    [1, 2, 3]
    """
    cdef set s = {1, 2}
    s.add(3)
    return s


def inferred_local(x):
    """
    >>> inferred_local(2)
    (True, False, 3)
    """
    s = {1, 2, 3}
    return x in s, 7 in s, len(s)


def typed_set_argument(set s):
    """
    >>> typed_set_argument({1, 2})
    2
    >>> typed_set_argument([1])
    Traceback (most recent call last):
    TypeError: Argument 's' has incorrect type (expected set, got list)
    """
    n = 0
    for x in s:
        n += 1
    return n


def assign_to_set(x):
    """
    >>> sorted(assign_to_set({1}))
    [1]
    >>> assign_to_set(None)
    >>> assign_to_set(frozenset([1]))
    Traceback (most recent call last):
    TypeError: Expected set, got frozenset
    >>> assign_to_set([1])
    Traceback (most recent call last):
    TypeError: Expected set, got list
    """
    cdef set s = x
    return s


def set_operations(a):
    """
    >>> sorted(set_operations({2, 5}))
    [1, 3, 5]
    """
    s = {1, 2, 3}
    return (s | a) - {2}


def unhashable():
    """
    >>> unhashable()
    Traceback (most recent call last):
    TypeError: unhashable type: 'list'
    """
    return {1, [2]}


def evaluation_order(log):
    """
    >>> log = []
    >>> sorted(evaluation_order(log))
    [0, 1, 2]
    >>> log
    [0, 1, 2]
    """
    return {note(log, 0), note(log, 1), note(log, 2)}


def note(log, x):
    log.append(x)
    return x


def nested_in_containers():
    """
    >>> nested_in_containers()
    ([{1}], {'k': {2}}, ({3},))
    """
    return [{1}], {'k': {2}}, ({3},)


def set_methods():
    """
    >>> set_methods()
    (True, [1, 2, 3, 4], [1, 2])
    """
    cdef set s = {1, 2}
    t = s.copy()
    s.update([3, 4])
    return s.issuperset(t), sorted(s), sorted(t)


def discard_and_remove(x):
    """
    >>> discard_and_remove(1)
    [2]
    >>> discard_and_remove(5)
    Traceback (most recent call last):
    KeyError: 5
    """
    cdef set s = {1, 2}
    s.discard(x)
    s.remove(x if x != 1 else 2) if x != 1 else None
    return sorted(s)


def empty_braces_are_a_dict():
    """
    >>> empty_braces_are_a_dict()
    (<class 'dict'>, <class 'set'>)
    """
    return type({}), type({0})
