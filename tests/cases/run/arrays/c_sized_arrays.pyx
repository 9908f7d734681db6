# C arrays whose size is written with a name only C knows the value of (an extern enum's constant,
# an anonymous enum's, a header's macro, sizeof): Cython leaves the size to C, so lengths are
# checked when the code runs, and conversions, loops and copies take the length C gives.
# Expected outputs recorded from Cython 3.3.0.

from libc cimport limits

cdef extern from *:
    """
    enum { FIVE = 5 };
    #define THREE 3
    struct Packet { char tag[sizeof(int)]; int values[THREE]; };
    """
    enum:
        FIVE
    const int THREE
    struct Packet:
        char tag[sizeof(int)]
        int values[THREE]

cdef enum:
    SIZE = 2

ctypedef int[SIZE] pair


def extern_sized():
    """
    >>> extern_sized()
    ([0, 1, 2, 3, 4], 10, 5, [[0, 0], [1, 1], [2, 2]])
    """
    cdef int[FIVE] a = [0, 1, 2, 3, 4]
    cdef int total = 0
    for x in a:
        total += x
    cdef int m[THREE][2]
    for i in range(THREE):
        m[i][0] = i
        m[i][1] = i
    return a, total, sizeof(a) // sizeof(int), m


def wrong_length_display():
    """
    >>> wrong_length_display()
    Traceback (most recent call last):
    ValueError: Assignment to slice of wrong length, expected 3, got 5
    """
    cdef int[FIVE] a = [1, 2, 3]
    return a


def copy_from_array(int n):
    """
    >>> copy_from_array(2)
    [7, 8]
    >>> copy_from_array(3)
    Traceback (most recent call last):
    ValueError: Assignment to slice of wrong length, expected 3, got 2
    """
    cdef pair d
    cdef int two[2]
    cdef int three[3]
    two[0] = 7; two[1] = 8
    three[0] = 1; three[1] = 2; three[2] = 3
    if n == 2:
        d = two
    else:
        d = three
    return d


def copy_from_pointer():
    """
    >>> copy_from_pointer()
    [1, 2]
    """
    cdef int *v = [1, 2, 3, 4, 5]
    cdef pair d
    d = v
    return d


def slices():
    """
    >>> slices()
    ([1, 2, 3], [9, 9], [0, 9, 9, 3, 4])
    """
    cdef int[FIVE] a = [0, 1, 2, 3, 4]
    head = [x for x in a[1:4]]
    a[1] = 9
    a[2] = 9
    return head, [x for x in a[1:3]], a


def sizes():
    """
    >>> sizes()
    (True, True, 3)
    """
    cdef char big[limits.CHAR_MAX]
    cdef Packet p
    return sizeof(big) == limits.CHAR_MAX, sizeof(p.tag) == sizeof(int), sizeof(p.values) // sizeof(int)


def packet():
    """
    >>> packet()
    {'tag': b'ab', 'values': [1, 2, 3]}
    """
    cdef Packet p
    p.tag[0] = c'a'
    p.tag[1] = c'b'
    p.tag[2] = 0
    for i in range(THREE):
        p.values[i] = i + 1
    return p


def chars():
    """
    >>> chars()
    (b'hi', b'hello')
    """
    cdef char[FIVE] s = "hi"
    cdef char t[THREE + 3]
    t = "hello"
    return s, t
