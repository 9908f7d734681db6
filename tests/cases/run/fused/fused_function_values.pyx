# A cdef fused function's specialization named as a value (f[int]: a C function pointer), fused
# types in a function pointer parameter, and a pointer-to-const fused parameter given a pointer.
# Expected outputs recorded from Cython 3.3.0.

ctypedef fused IntOrFloat:
    int
    float

cdef list seen = []

cdef void record(IntOrFloat x) noexcept:
    seen.append(x)

cdef void apply(void (*f)(IntOrFloat), IntOrFloat value) noexcept:
    f(value)
    f(value + 1)

cdef IntOrFloat first(const IntOrFloat *xs) noexcept:
    return xs[0]


def values():
    """
    >>> values()
    [2, 3, 0.5, 1.5]
    """
    seen.clear()
    apply(record[int], 2)
    apply(record[float], 0.5)
    return list(seen)


def pointers():
    """
    >>> pointers()
    (7, 2.5)
    """
    cdef int[2] i = [7, 8]
    cdef float[2] f = [2.5, 3.5]
    return first(&i[0]), first(&f[0])


def typed_pointer():
    """
    >>> typed_pointer()
    [5]
    """
    cdef void (*p)(int) noexcept
    seen.clear()
    p = record[int]
    p(5)
    return list(seen)
