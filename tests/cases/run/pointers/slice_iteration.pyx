# C loops over C arrays and pointer slices with a constant step (negative ones run down to
# element 0 without a stop), `x in p[a:b]` / `not in` searched in C by `==` (a Python value
# compared as Python compares, a pointer by address), and a char pointer's slices: their
# chars unsigned as bytes give them, one-character bytes into a bytes variable.
from libc.stdlib cimport malloc, free
from cython cimport typeof

cdef int[6] squares = [0, 1, 4, 9, 16, 25]
cdef char *letters = b"abc\xffxyz"

def steps(int a, int b):
    """
    >>> steps(1, 6)
    ([1, 9, 25], [25, 9, 1], [16, 4, 0], [16, 1])
    >>> steps(4, 4)
    ([], [], [16, 4, 0], [16, 1])
    """
    cdef int *p = squares
    up = [x for x in p[a:b:2]]
    down = [x for x in p[b-1:a-1:-2]] if a > 0 else []
    to_zero = [x for x in squares[4::-2]]
    by_three = [x for x in squares[4:0:-3]]
    return up, down, to_zero, by_three

def loop_with_break(int limit):
    """
    >>> loop_with_break(10)
    (16, [0, 1, 4, 9])
    >>> loop_with_break(100)
    (None, [0, 1, 4, 9, 16, 25])
    """
    seen = []
    for x in squares[0:6:1]:
        if x > limit:
            return x, seen
        seen.append(x)
    else:
        return None, seen

def membership(x, int stop):
    """
    >>> membership(9, 6)
    (True, False, True, False)
    >>> membership(9, 3)
    (False, True, False, True)
    >>> membership(9.0, 6)
    (True, False, True, False)
    >>> membership(None, 6)
    (False, True, False, True)
    >>> membership(Evens(), 6)
    (True, False, False, True)
    >>> membership(Evens(), 1)
    (True, False, False, True)
    """
    cdef int *p = squares
    return x in p[:stop], x not in p[:stop], x in squares[1:stop:2], x not in squares[1:stop:2]

def c_membership(int x):
    """
    >>> c_membership(4)
    (True, True, False, 'bint')
    >>> c_membership(5)
    (False, False, True, 'bint')
    """
    found = x in squares
    return found, x in squares[5::-1], x not in squares, typeof(x in squares)

def pointers_by_address(int k):
    """
    >>> pointers_by_address(2)
    (True, False)
    """
    cdef int *slots[3]
    cdef int i
    for i in range(3):
        slots[i] = &squares[i]
    return &squares[k] in slots, &squares[k] in slots[:k]

def chars():
    """
    >>> chars()
    ([97, 98, 99, 255], [122, 121, 120, 255, 99, 98, 97], [97, 99, 120, 122], 'unsigned char')
    """
    down = [c for c in letters[6::-1]]
    every_other = [c for c in letters[::2]]
    for c in letters[:1]:
        kind = typeof(c)
    return [c for c in letters[:4]], down, every_other, kind

def chars_as_bytes():
    """
    >>> chars_as_bytes()
    [b'x', b'y', b'z', b'\\xff']
    """
    cdef bytes b
    out = []
    for b in letters[4:]:
        out.append(b)
    for b in letters[3:2:-1]:
        out.append(b)
    return out

def on_the_heap(int n):
    """
    >>> on_the_heap(5)
    (10.0, True, False)
    """
    cdef double *values = <double *>malloc(n * sizeof(double))
    cdef int i
    for i in range(n):
        values[i] = i
    total = 0
    for v in values[n-1:0:-1]:
        total += v
    result = total, 2.0 in values[:n], 2.5 in values[:n]
    free(values)
    return result

cdef class Evens:
    def __eq__(self, other):
        return other % 2 == 0
