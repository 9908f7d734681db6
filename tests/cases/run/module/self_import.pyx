# Top-level code that imports the module being initialised gets the module itself (it is in
# sys.modules before that code runs), not a second initialisation. Recorded from Cython 3.3.0.
import self_import

seen_during_init = hasattr(self_import, 'later')
later = 5


def test():
    """
    >>> test()
    (True, False, 5)
    """
    import sys
    return self_import is sys.modules['self_import'], seen_during_init, self_import.later
