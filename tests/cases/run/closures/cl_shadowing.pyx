# Name resolution around closures: an inner assignment makes a new local (the creator's
# variable is unchanged), an inner read of its own not-yet-assigned local raises
# UnboundLocalError, a module global read and rebound with `global` from a nested def, and a
# parameter of the inner function shadowing the creator's variable.
# Expected outputs recorded from Cython 3.3.0.

counter = 0


def assignment_is_local():
    """
    >>> assignment_is_local()
    ('outer', 'inner')
    """
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return x, inner()


def unbound_inner_local():
    """
    >>> unbound_inner_local()
    Traceback (most recent call last):
    UnboundLocalError: local variable 'x' referenced before assignment
    """
    x = 'outer'
    def inner(flag):
        if flag:
            x = 'two'
        return x
    return inner(False)


def global_from_nested():
    """
    >>> global_from_nested()
    (1, 2)
    """
    global counter
    counter = 0
    def bump():
        global counter
        counter += 1
        return counter
    return bump(), bump()


def reads_global():
    """
    >>> reads_global()
    'module'
    """
    def inner():
        return name_at_module
    return inner()


name_at_module = 'module'


def parameter_shadows():
    """
    >>> parameter_shadows()
    ('outer', 'arg')
    """
    x = 'outer'
    def inner(x):
        return x
    return x, inner('arg')
