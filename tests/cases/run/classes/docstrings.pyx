# Docstrings of a cdef class and of its def methods, __init__ and special methods; a class and
# a method without one; cdef methods have no Python-visible docstring.
# Expected outputs recorded from Cython 3.3.0.

cdef class Point:
    """A point in the plane."""
    cdef public int x

    def __init__(self, int x=0):
        """Make a point."""
        self.x = x

    def move(self, int dx):
        """Move the point by dx.

        Returns the point.
        """
        self.x += dx
        return self

    def plain(self):
        return self.x

    cdef int hidden(self):
        """Not visible."""
        return 0


cdef class NoDoc:
    cdef int x

    def f(self):
        pass


def class_doc():
    """
    >>> class_doc()
    'A point in the plane.'
    """
    return Point.__doc__


def method_doc():
    """
    >>> method_doc()
    'Move the point by dx.\\n\\n        Returns the point.\\n        '
    """
    return Point.move.__doc__


def bound_method_doc():
    """
    >>> bound_method_doc()
    True
    """
    return Point().move.__doc__ == Point.move.__doc__


def init_doc():
    """
    >>> init_doc()
    'Make a point.'
    """
    return Point.__init__.__doc__


def missing_docs():
    """
    >>> missing_docs()
    (None, None, None)
    """
    return NoDoc.__doc__, NoDoc.f.__doc__, Point.plain.__doc__


def instance_doc():
    """
    >>> instance_doc()
    'A point in the plane.'
    """
    return Point(1).__doc__


def method_names():
    """
    >>> method_names()
    ('move', 'Point.move')
    """
    return Point.move.__name__, Point.move.__qualname__
