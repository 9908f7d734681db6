# Variables cannot be cpdef: at module level, in a function, or as an extension type's attribute
# (where the message also offers cdef public/readonly); cdef blocks cannot be cpdef either.
cpdef int a = 1
cpdef b

cdef class C:
    cpdef double c

def f():
    cpdef object d = C()
    return d

cpdef nogil:
    int g(int x):
        return x

_ERRORS = """
3:0: Variables cannot be declared with 'cpdef'. Use 'cdef' instead.
4:0: Variables cannot be declared with 'cpdef'. Use 'cdef' instead.
7:4: Variables cannot be declared with 'cpdef'. Use 'cdef', 'cdef public' or 'cdef readonly' instead.
10:4: Variables cannot be declared with 'cpdef'. Use 'cdef' instead.
13:0: cdef blocks cannot be declared cpdef
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
