# del of locals (a later read raises UnboundLocalError), items, slices, attributes and several
# targets at once, left to right.


class Obj:
    pass


def del_then_rebind():
    """
    >>> del_then_rebind()
    2
    """
    x = 1
    del x
    x = 2
    return x


def del_in_branch(flag):
    """
    >>> del_in_branch(False)
    1
    >>> del_in_branch(True)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'x' referenced before assignment
    """
    x = 1
    if flag:
        del x
    return x


def del_unbound_local(flag):
    """
    >>> del_unbound_local(True)
    'deleted'
    >>> del_unbound_local(False)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'x' referenced before assignment
    """
    if flag:
        x = 1
    del x
    return 'deleted'


def del_items():
    """
    >>> del_items()
    ([1, 3], {'b': 2})
    """
    l = [1, 2, 3]
    d = {'a': 1, 'b': 2}
    del l[1], d['a']
    return l, d


def del_missing_key():
    """
    >>> del_missing_key()
    Traceback (most recent call last):
    KeyError: 'zz'
    """
    d = {}
    del d['zz']


def del_slices():
    """
    >>> del_slices()
    ([0, 3, 4, 5, 6, 7, 8, 9], [0, 4, 6, 8])
    """
    l = list(range(10))
    del l[1:3]
    m = l[:]
    del m[1::2]
    return l, m


def del_negative_index():
    """
    >>> del_negative_index()
    [1, 2]
    """
    l = [1, 2, 3]
    del l[-1]
    return l


def del_attribute():
    """
    >>> del_attribute()
    (False, True)
    """
    o = Obj()
    o.a = 1
    o.b = 2
    del o.a
    return hasattr(o, 'a'), hasattr(o, 'b')


def del_missing_attribute():
    """
    >>> del_missing_attribute()
    Traceback (most recent call last):
    AttributeError: 'Obj' object has no attribute 'nope'
    """
    o = Obj()
    del o.nope


def del_tuple_of_targets():
    """
    >>> del_tuple_of_targets()
    ([2], {})
    """
    l = [1, 2]
    d = {'k': 0}
    del (l[0], d['k'])
    return l, d


def del_order():
    """
    >>> del_order()
    [1]
    """
    l = [0, 1, 2]
    del l[0], l[1]
    return l


def del_in_loop():
    """
    >>> del_in_loop()
    []
    """
    l = [1, 2, 3]
    while l:
        del l[0]
    return l
