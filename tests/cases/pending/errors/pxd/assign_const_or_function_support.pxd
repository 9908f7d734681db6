cdef extern from *:
    """
    static const int LIMIT = 10;
    """
    const int LIMIT

cdef int helper(int x)
