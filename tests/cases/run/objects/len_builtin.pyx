# len() returns a C Py_ssize_t; errors come from the object.
def n(x):
    """
    >>> n([1, 2, 3]), n("ab"), n({})
    (3, 2, 0)
    >>> n(5)
    Traceback (most recent call last):
    TypeError: object of type 'int' has no len()
    """
    return len(x)

def doubled(x):
    """
    >>> doubled("abc")
    6
    """
    cdef Py_ssize_t k = len(x)
    return k * 2
