# s[i] of a str or bytes that is None, with a C index: TypeError, as Python raises it. Cython
# 3.3.0 reads the None object's memory as a str or bytes (a crash or garbage; an assertion fails
# in a build with asserts): a known Cython defect (tests/golden/cython-3.3/KNOWN_DIFFERENCES.md).


def none_str(str s, Py_ssize_t i):
    """
    >>> none_str(None, 0)
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not subscriptable
    """
    return s[i]


def none_bytes(bytes b):
    """
    >>> none_bytes(None)
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not subscriptable
    """
    return b[0]
