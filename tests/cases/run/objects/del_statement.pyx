# The del statement: a local is unbound (a later read raises Cython's UnboundLocalError), items,
# slices and attributes are deleted through the object protocol, a global is removed from the
# module. Recorded from Cython 3.3.0 (where its result for a missing global differs from
# Python's, pyxc follows Python: see del_statement.known).
counter = 1


def local_name(x, flag):
    """
    >>> local_name(5, 0)
    5
    >>> local_name(5, 1)
    'unbound'
    """
    y = x
    if flag:
        del y
    try:
        return y
    except UnboundLocalError:
        return 'unbound'


def maybe_unassigned(flag):
    """
    >>> maybe_unassigned(1)
    'deleted'
    >>> maybe_unassigned(0)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'y' referenced before assignment
    """
    if flag:
        y = [1]
    del y
    return 'deleted'


def items(l, d):
    """
    >>> items([1, 2, 3, 4], {'a': 1, 'b': 2})
    ([2], {'b': 2})
    >>> items([], {})
    Traceback (most recent call last):
    IndexError: list assignment index out of range
    """
    del l[0], d['a']
    del l[1:]
    return l, d


def attribute(o):
    """
    >>> import types
    >>> o = types.SimpleNamespace(x=1, y=2)
    >>> attribute(o), vars(o)
    (False, {'y': 2})
    """
    del o.x
    return hasattr(o, 'x')


def rebind_after_del():
    """
    >>> rebind_after_del()
    ('b', 1)
    """
    s = 'a'
    del s
    s = 'b'
    t, u = [1], 2
    del (t, u)
    t = 1
    return s, t


def global_name():
    """
    >>> global_name()
    (False, 'NameError')
    """
    global counter
    counter = 1
    del counter
    present = 'counter' in globals()
    try:
        del counter
    except (NameError, AttributeError) as e:
        return present, type(e).__name__
