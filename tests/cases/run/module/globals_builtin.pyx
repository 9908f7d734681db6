# globals() in compiled code is the module's own dict (the builtin called from C would return
# its caller's). Recorded from Cython 3.3.0.
import sys

counter = 3


def module_dict():
    """
    >>> module_dict()
    (True, True, 3)
    """
    g = globals()
    return g is sys.modules['globals_builtin'].__dict__, 'module_dict' in g, g['counter']


def set_through_globals():
    """
    >>> set_through_globals()
    4
    """
    globals()['counter'] = 4
    return counter
