# A closure reading a captured view or object that the creator has not assigned yet raises
# NameError with Python's message for free variables.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def view_not_assigned():
    """
    >>> view_not_assigned()
    Traceback (most recent call last):
    NameError: free variable 'v' referenced before assignment in enclosing scope
    """
    cdef double[:] v
    def inner():
        return v[0]
    return inner()


def object_not_yet_assigned():
    """
    >>> object_not_yet_assigned()
    ("free variable 'y' referenced before assignment in enclosing scope", 'later')
    """
    def inner():
        return y
    try:
        r = inner()
    except NameError as e:
        r = str(e)
    y = 'later'
    return r, inner()


def view_assigned_later():
    """
    >>> view_assigned_later()
    ('NameError', 4.0)
    """
    cdef double[:] v
    def inner():
        return v[0]
    try:
        inner()
        first = 'no error'
    except NameError:
        first = 'NameError'
    v = array('d', [4.0])
    return first, inner()
