# The attributes of a typed slice that is None: AttributeError, as Python raises it. Cython 3.3.0
# reads them from the None object as from a slice (a crash): a known Cython defect
# (tests/golden/cython-3.3/KNOWN_DIFFERENCES.md).

def start_of(slice s):
    """
    >>> start_of(slice(4, 5))
    4
    >>> start_of(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'start'
    """
    return s.start
