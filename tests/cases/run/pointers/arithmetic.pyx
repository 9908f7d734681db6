# Pointer arithmetic inside C arrays: p + i, p - i, p - q (a Py_ssize_t), p[i] with negative i,
# comparisons (<, <=, ==, !=), NULL, and the truth of a pointer (if p, not p).
# Expected outputs recorded from Cython 3.3.0.
cdef int data[8]

cdef void reset():
    cdef int i
    for i in range(8):
        data[i] = i * i

def add_offset(int i):
    """
    >>> add_offset(0), add_offset(3), add_offset(7)
    (0, 9, 49)
    """
    reset()
    cdef int *p = data
    return (p + i)[0]

def offset_then_index(int i, int j):
    """
    >>> offset_then_index(2, 3)
    (25, 25, 25)
    """
    reset()
    cdef int *p = data + i
    return p[j], (data + i + j)[0], (j + p)[0]

def negative_index():
    """
    >>> negative_index()
    (36, 25, 1, 49)
    """
    reset()
    cdef int *p = &data[7]
    return p[-1], p[-2], (p - 6)[0], p[0]

def difference(int i, int j):
    """
    >>> difference(1, 6)
    (5, -5, 'int', 0)
    """
    cdef int *p = data + i
    cdef int *q = data + j
    d = q - p
    cdef Py_ssize_t e = p - q
    return d, e, type(d).__name__, p - p

def double_difference():
    """
    >>> double_difference()
    (3, 3)
    """
    cdef double buf[10]
    cdef double *a = &buf[2]
    cdef double *b = &buf[5]
    return b - a, &buf[9] - &buf[6]

def compare(int i, int j):
    """
    >>> compare(1, 3)
    (True, True, False, False, True, False)
    >>> compare(3, 3)
    (False, True, True, False, False, True)
    """
    cdef int *p = data + i
    cdef int *q = data + j
    return p < q, p <= q, p == q, p > q, p != q, p >= q

def increment_walk(int n):
    """
    >>> increment_walk(4)
    (14, 4)
    >>> increment_walk(8)
    (140, 8)
    """
    reset()
    cdef int *p = data
    cdef int *end = data + n
    cdef long total = 0
    while p < end:
        total += p[0]
        p += 1
    return total, p - data

def decrement_walk():
    """
    >>> decrement_walk()
    [49, 36, 25, 16, 9, 4, 1, 0]
    """
    reset()
    cdef int *p = data + 8
    out = []
    while p != data:
        p -= 1
        out.append(p[0])
    return out

def null_default():
    """
    >>> null_default()
    (True, False, True, False)
    """
    cdef int *p = NULL
    cdef double *q
    q = NULL
    return p == NULL, p != NULL, q is NULL, q is not NULL

def truth(bint use_null):
    """
    >>> truth(True)
    ('null', True, False)
    >>> truth(False)
    ('set', False, True)
    """
    cdef int x = 5
    cdef int *p = NULL if use_null else &x
    if p:
        s = 'set'
    else:
        s = 'null'
    return s, not p, <bint>p

def null_in_loop(int n):
    """
    >>> null_in_loop(3)
    9
    >>> null_in_loop(0)
    -1
    """
    reset()
    cdef int *found = NULL
    cdef int i
    for i in range(8):
        if i == n and n > 0:
            found = &data[i]
    if found == NULL:
        return -1
    return found[0]

def char_pointer_steps():
    """
    >>> char_pointer_steps()
    (8, 2, 1)
    """
    cdef long long v[2]
    cdef char *a = <char*>&v[0]
    cdef char *b = <char*>&v[1]
    cdef short *s = <short*>&v[0]
    cdef short *t = s + 2
    return b - a, t - s, &v[1] - &v[0]
