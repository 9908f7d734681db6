# C arrays: cdef int a[5] / cdef int[5] b / 2-D cdef double m[3][4], element reads and writes,
# sizeof, initialisation and assignment from list literals and Python sequences (length
# checked at run time, the array unchanged when it fails), whole-array copy, char arrays as
# bytes, iteration, coercion to lists (nested lists for 2-D).
# Expected outputs recorded from Cython 3.3.0.

def squares():
    """
    >>> squares()
    [0, 1, 4, 9, 16]
    """
    cdef int a[5]
    cdef int i
    for i in range(5):
        a[i] = i * i
    return [a[i] for i in range(5)]

def bracket_form():
    """
    >>> bracket_form()
    (15, 5)
    """
    cdef int[5] b
    cdef int i, s = 0
    for i in range(5):
        b[i] = i + 1
    for i in range(5):
        s += b[i]
    return s, b[4]

def two_d():
    """
    >>> two_d()
    (33.0, 23.0, [[0.0, 1.0, 2.0, 3.0], [10.0, 11.0, 12.0, 13.0], [20.0, 21.0, 22.0, 23.0]])
    """
    cdef double m[3][4]
    cdef int i, j
    cdef double s = 0
    for i in range(3):
        for j in range(4):
            m[i][j] = i * 10 + j
    for i in range(3):
        s += m[i][i]
    return s, m[2][3], m

def sizes():
    """
    >>> sizes()
    (20, 5, 96, 3, 4, 12)
    """
    cdef int a[5]
    cdef double m[3][4]
    return (sizeof(a), sizeof(a) // sizeof(a[0]), sizeof(m), sizeof(m) // sizeof(m[0]),
            sizeof(m[0]) // sizeof(m[0][0]), sizeof(int[3]))

def literal_init():
    """
    >>> literal_init()
    ([1, 2, 3], 'list', [0.5, 1.5])
    """
    cdef int[3] v = [1, 2, 3]
    cdef double w[2]
    w = [0.5, 1.5]
    cdef object r = v
    return r, type(r).__name__, w

def return_array():
    """
    >>> return_array()
    [10, 20, 30, 40]
    """
    cdef long a[4]
    cdef int i
    for i in range(4):
        a[i] = (i + 1) * 10
    return a

def from_sequence(seq):
    """
    >>> from_sequence([4, 5, 6])
    [4, 5, 6]
    >>> from_sequence((7, 8, 9))
    [7, 8, 9]
    >>> from_sequence(range(3))
    [0, 1, 2]
    >>> from_sequence([1, 2])
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 3, got 2
    >>> from_sequence([1, 2, 3, 4])
    Traceback (most recent call last):
    IndexError: too many values found during array assignment, expected 3
    >>> from_sequence([1, 2, 'x'])
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> from_sequence(None)
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not iterable
    >>> from_sequence([1, 2, 2**40])
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    cdef int v[3]
    v = seq
    return v

def partial_assignment(seq):
    """
    >>> partial_assignment([1, 2])
    ('IndexError', [-1, -1, -1])
    >>> partial_assignment([5, 6, 'x'])
    ('TypeError', [-1, -1, -1])
    >>> partial_assignment([5, 6, 7, 8])
    ('IndexError', [-1, -1, -1])
    >>> partial_assignment([5, 6, 7])
    (None, [5, 6, 7])
    """
    cdef int v[3]
    v[0] = v[1] = v[2] = -1
    try:
        v = seq
    except Exception as e:
        return type(e).__name__, v
    return None, v

def from_tuple(tuple t):
    """
    >>> from_tuple((1, 2.5))
    [1.0, 2.5]
    >>> from_tuple((1,))
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 2, got 1
    """
    cdef double v[2]
    v = t
    return v

def copy_arrays():
    """
    >>> copy_arrays()
    ([4, 5, 6], [0, 5, 6])
    """
    cdef int a[3]
    cdef int b[3]
    b[:] = [4, 5, 6]
    a = b
    b[0] = 0
    return a, b

def slice_assign():
    """
    >>> slice_assign()
    [1, 2, 3]
    """
    cdef int a[3]
    a = [7, 8, 9]
    a[:] = (1, 2, 3)
    return a

def char_array():
    """
    >>> char_array()
    (b'hello', b'el', 104, 6)
    """
    cdef char s[6]
    s = b"hello\0"
    return s, s[1:3], s[0], sizeof(s)

def char_array_fill():
    """
    >>> char_array_fill()
    b'abcde'
    """
    cdef char s[6]
    cdef int i
    for i in range(5):
        s[i] = c'a' + i
    s[5] = 0
    return s

def iterate():
    """
    >>> iterate()
    ([1, 2, 3], 'int', 6)
    """
    cdef int a[3]
    a[0] = 1; a[1] = 2; a[2] = 3
    out = []
    cdef int total = 0
    for x in a:
        out.append(x)
        total += x
    return out, type(x).__name__, total

def iterate_slice():
    """
    >>> iterate_slice()
    [1, 2, 3, 4, 2, 3]
    """
    cdef int a[5]
    a[:] = [1, 2, 3, 4, 5]
    out = []
    for x in a[:4]:
        out.append(x)
    for y in a[1:3]:
        out.append(y)
    return out

def array_argument_decays():
    """
    >>> array_argument_decays()
    (6, 100)
    """
    cdef int a[3]
    a[:] = [1, 2, 3]
    cdef int s = total3(a)
    set_first(a, 100)
    return s, a[0]

cdef int total3(int *p):
    return p[0] + p[1] + p[2]

cdef void set_first(int *p, int v):
    p[0] = v

def module_level_array():
    """
    >>> module_level_array()
    ([0, 0, 0, 0], [0, 1, 2, 3])
    """
    before = [zeros[i] for i in range(4)]
    for i in range(4):
        counts[i] = i
    return before, counts

cdef int counts[4]
cdef int zeros[4]
