# Const variables and qualified pointers: a module's const variable given its constant in its
# declaration or by the module's first assignment of it, const pointers (`int *const p`), pointers
# to them (`int *const *q`), volatile and restrict pointers, a const struct read; and an object
# that is no list display converted to a C int at run time (a tuple: TypeError).
# Expected outputs recorded from Cython 3.3.0.
cdef const int LIMIT = 8
cdef const double SCALE = 2.5 * 2
cdef const int LATE
LATE = 7 * 6
cdef const char *GREETING = b"hello"

cdef struct Pair:
    int a
    int b

def constants():
    """
    >>> constants()
    (8, 5.0, 42, b'hello')
    """
    return LIMIT, SCALE, LATE, GREETING

cdef int total(const Pair p, int *const out, int *const *slots, int *restrict extra) noexcept:
    out[0] = p.a + p.b
    slots[0][0] = p.a * p.b
    extra[0] += 1
    return out[0] + slots[1][0]

def pointers(int a, int b):
    """
    >>> pointers(3, 4)
    (7, 12, 14, 1)
    """
    cdef Pair p = Pair(a, b)
    cdef int x = 0, y = 0, z = 0
    cdef int *ys = &y
    cdef int *row[2]
    row[0] = ys
    row[1] = &x
    cdef int *const *slots = row
    r = total(p, &x, slots, &z)
    return x, y, r, z

def volatile_counter(int n):
    """
    >>> volatile_counter(5)
    5
    """
    cdef volatile int count = 0
    bump(&count, n)
    return count

cdef void bump(volatile int *const at, int n) noexcept:
    for _ in range(n):
        at[0] += 1

def tuple_as_int(t):
    """
    >>> tuple_as_int(3)
    3
    >>> tuple_as_int((1, 2))
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    cdef tuple typed
    if isinstance(t, tuple):
        typed = t
        return <int>typed
    cdef int v = t
    return v

def const_arguments(const int a, const Pair p):
    """
    >>> const_arguments(1, {'a': 2, 'b': 3})
    (10, 3, 3)
    """
    a = 10
    p.a = 3
    return a, p.a, p.b
