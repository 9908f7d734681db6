# cython: language_level=2
# Python 2's print statement inside nogil code takes the GIL for itself, as raise does: in a
# `with nogil:` block, in a nogil function, in a loop; errors in it go on with the GIL as it was.
# Expected outputs recorded from Cython 3.3.0.


def in_block(x, int n):
    """
    >>> in_block('a', 2)
    0 a
    1 a
    done
    """
    cdef int i
    with nogil:
        for i in range(n):
            print i, x
    print "done"


cdef int in_function(int k) except -1 nogil:
    print "k =", k
    return k * 2


def call_function():
    """
    >>> call_function()
    k = 3
    6
    """
    cdef int r
    with nogil:
        r = in_function(3)
    return r


class Loud(object):
    def __str__(self):
        raise ValueError("no str")


def failing():
    """
    >>> failing()
    caught
    """
    try:
        with nogil:
            print Loud()
    except ValueError:
        print "caught"
