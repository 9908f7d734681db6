# sizeof of every operand Cython takes: a Python object or view variable (its C variable), an
# array type written as an index (`Spam[5]`, read as a type as Cython's analysis does), a
# function pointer type, a multi-dimensional array type, and a header's integer typedef measured
# as the header declares it (1 here, though Cython was told int).
# Expected outputs recorded from Cython 3.3.0.

cdef struct Spam:
    char *grail
    int n

cdef extern from *:
    """
    typedef char p_ulong;
    """
    ctypedef int p_ulong


def sizes(x):
    """
    >>> import array
    >>> sizes(array.array('d'))
    (True, True, True, True, True)
    """
    cdef double[:] v = x
    return (sizeof(x) == sizeof(void *), sizeof(Spam[5]) == 5 * sizeof(Spam), sizeof(Spam (*)()) == sizeof(void *),
            sizeof(int[3][2]) == 6 * sizeof(int), sizeof(v) > sizeof(void *))


def typedef_size():
    """
    >>> typedef_size()
    (1, 1)
    """
    cdef p_ulong c = 0
    return sizeof(p_ulong), sizeof(c)
