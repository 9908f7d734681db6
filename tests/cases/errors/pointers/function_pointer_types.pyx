cdef int f(int x) except *:
    return x
cdef int g(int x) noexcept:
    return x
cdef void v(int x):
    pass
cdef double d(int x):
    return x
cdef int *pp(int x):
    return NULL
cdef int m2(int x) except ?-2:
    return x

def assignments():
    cdef int (*p1)(int) noexcept
    cdef int (*p2)(int) except -1
    cdef void (*p3)(int) noexcept
    cdef double (*p4)(int) noexcept
    cdef int *(*p5)(int) noexcept
    cdef int (*p6)(int) except *
    cdef int (*p7)(int) except -2
    p1 = f
    p2 = g
    p3 = v
    p4 = d
    p5 = pp
    p6 = g
    p1 = &f
    p7 = m2

cdef extern from *:
    cdef void h()
    cdef void (*hp)() nogil
    cdef void k() nogil
    cdef void (*kp)()
    struct callbacks:
        int (*on_int)(int) nogil

def nogil_pointers():
    global kp, hp
    kp = k
    hp = h

cdef int cb(int x) nogil:
    return x

def in_struct():
    cdef callbacks c
    c.on_int = &cb

cdef void run() noexcept nogil:
    hp()
    kp()

ctypedef int func_t(int) noexcept
cdef func_t not_a_variable

_ERRORS = """
56:12: Non-extern C function 'not_a_variable' declared but not defined
22:9: Cannot assign type 'int (int) except? -1' to 'int (*)(int) noexcept'. Exception values are incompatible. Suggest adding 'noexcept' to the type of 'f'.
23:9: Cannot assign type 'int (int) noexcept' to 'int (*)(int) except -1'. Exception values are incompatible.
24:9: Cannot assign type 'void (int) except *' to 'void (*)(int) noexcept'. Exception values are incompatible. Suggest adding 'noexcept' to the type of 'v'.
25:9: Cannot assign type 'double (int) except? -1' to 'double (*)(int) noexcept'. Exception values are incompatible. Suggest adding 'noexcept' to the type of 'd'.
26:9: Cannot assign type 'int *(int) except? NULL' to 'int *(*)(int) noexcept'. Exception values are incompatible. Suggest adding 'noexcept' to the type of 'pp'.
28:9: Cannot assign type 'int (*)(int) except? -1' to 'int (*)(int) noexcept'. Exception values are incompatible. Suggest adding 'noexcept' to the type of the value being assigned.
29:9: Cannot assign type 'int (int) except? -2' to 'int (*)(int) except -2'. Exception values are incompatible.
42:9: Cannot assign type 'void (void) noexcept' to 'void (*)(void) noexcept nogil'
49:15: Cannot assign type 'int (*)(int) except? -1 nogil' to 'int (*)(int) noexcept nogil'. Exception values are incompatible. Suggest adding 'noexcept' to the type of the value being assigned.
53:6: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
