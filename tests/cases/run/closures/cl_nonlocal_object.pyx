# nonlocal of object variables: rebinding the creator's local from the inner function, seen by
# the creator and by other closures over the same variable; nonlocal of a parameter.
# Expected outputs recorded from Cython 3.3.0.

def rebind_from_inner():
    """
    >>> rebind_from_inner()
    'inner'
    """
    x = 'outer'
    def set_it():
        nonlocal x
        x = 'inner'
    set_it()
    return x


def append_then_rebind():
    """
    >>> append_then_rebind()
    ([1], [2, 3])
    """
    items = [1]
    def swap():
        nonlocal items
        old = items
        items = [2, 3]
        return old
    return swap(), items


def shared_by_two():
    """
    >>> shared_by_two()
    ('b', 'b')
    """
    state = 'a'
    def setter(v):
        nonlocal state
        state = v
    def getter():
        return state
    setter('b')
    return getter(), state


def nonlocal_param(total):
    """
    >>> nonlocal_param('x')
    'xyz'
    """
    def add(s):
        nonlocal total
        total = total + s
    add('y')
    add('z')
    return total


def nonlocal_none():
    """
    >>> nonlocal_none()
    (None, 0)
    """
    result = 0
    def clear():
        nonlocal result
        old = result
        result = None
        return old
    old = clear()
    return result, old
