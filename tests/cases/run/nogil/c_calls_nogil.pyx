# Calls made in C without the GIL, as Cython makes them: a struct's function pointer field
# (`info.ravel(...)`, declared through a ctypedef before the struct is complete), a base class's cdef
# method through the class (`Base.push(self, v)`: its C function, the class not looked up), and a
# loop over xrange (Python 2's name for range, a C loop at every language level).
# Expected outputs recorded from Cython 3.3.0.

cdef struct shape_info
ctypedef size_t (*fun_ravel)(size_t, size_t, shape_info *) noexcept nogil

cdef struct shape_info:
    size_t width
    fun_ravel ravel

cdef size_t ravel_rows(size_t x, size_t y, shape_info *s) noexcept nogil:
    return x + y * s.width

cdef size_t ravel_cols(size_t x, size_t y, shape_info *s) noexcept nogil:
    return y + x * s.width

cdef size_t total(shape_info *s, int n) noexcept nogil:
    cdef size_t t = 0
    cdef int i
    for i in xrange(n):
        t += s.ravel(i, 1, s)
    return t

def ravel_sum(bint rows, int n):
    """
    >>> ravel_sum(True, 3)
    33
    >>> ravel_sum(False, 3)
    33
    >>> ravel_sum(False, 4)
    64
    """
    cdef shape_info s
    cdef size_t r
    s.width = 10
    s.ravel = ravel_rows if rows else ravel_cols
    with nogil:
        r = total(&s, n)
    return r

cdef class Base:
    cdef int push(self, int v) noexcept nogil:
        return v + 1

cdef class Sub(Base):
    cdef int push(self, int v) noexcept nogil:
        return Base.push(self, v) * 10

def pushed(int v):
    """
    >>> pushed(1)
    (20, 2)
    """
    cdef Sub s = Sub()
    cdef Base b = Base()
    cdef int r1, r2
    with nogil:
        r1 = s.push(v)
        r2 = b.push(v)
    return r1, r2
