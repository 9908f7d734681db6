# cython.set, cython.frozenset and cython.staticmethod as values (the builtins, whatever those
# names are bound to where they stand), cython.set and cython.staticmethod called, and
# cython.__version__. (Calling cython.frozenset is Cython's error: errors/cython_names.)
# Expected outputs recorded from Cython 3.3.0.
import cython

module_set = cython.set


def values():
    """
    >>> values()
    (True, True, True, True, '3.3.0')
    """
    return (cython.set is set, module_set is set, cython.frozenset is frozenset, cython.staticmethod is staticmethod,
            cython.__version__)


def shadowed():
    """
    >>> shadowed()
    (True, True, 1)
    """
    set = 1
    frozenset = 1
    return cython.set is type({1}), cython.frozenset is type(frozenset_of()), set


def frozenset_of():
    return frozenset([1, 2])


def calls():
    """
    >>> calls()
    ({1, 2}, True)
    """
    return cython.set([1, 2, 1]), isinstance(cython.staticmethod(len), staticmethod)
