# cdef functions taking C varargs (`...`): callers pass any number of further C values (string
# literals as their C strings), evaluated left to right like every argument, which the function
# cannot read (Cython gives it no way to either); nogil ones too. Expected outputs recorded from
# Cython 3.3.0.

cdef int note(list seen, int v):
    seen.append(v)
    return v


cdef grail(const char *blarg, ...):
    return blarg


cdef int count(int n, ...) nogil:
    return n + 1


def calls():
    """
    >>> calls()
    (b'spam', b'eggs', b'ham', b'x', [1, 2])
    """
    seen = []
    a = grail("spam")
    b = grail(b"eggs", 42, 1.5)
    c = grail("ham", b"abc", "def")
    d = grail("x", note(seen, 1), note(seen, 2))
    return a, b, c, d, seen


def without_gil(int n):
    """
    >>> without_gil(4)
    5
    """
    cdef int r
    with nogil:
        r = count(n, 1, 2.0, n)
    return r
