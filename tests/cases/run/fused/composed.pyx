# Fused types made of pointers and complexes: `T in base_t_p_p` of a typedef of a pointer to a
# pointer to a fused type tests every specialization of it; Cython's pointer names cython.p_int,
# cython.pp_int; complex members of every kind.
cimport cython

ctypedef char *string_t

ctypedef fused base_t:
    short
    int

ctypedef base_t **base_t_p_p

cdef fused composed_t:
    int
    string_t
    cython.pp_int
    float complex
    double complex
    int complex

cdef str kind(composed_t x):
    if composed_t in base_t_p_p:
        return "pointer to pointer to int"
    elif composed_t is string_t:
        return "string"
    elif composed_t in cython.floating:
        return "never"
    elif composed_t is int:
        return "int"
    return cython.typeof(x)

def kinds():
    """
    >>> kinds()
    ('int', 'string', 'pointer to pointer to int', 'float complex', 'double complex', 'int complex')
    """
    cdef int i = 1
    cdef int *ip = &i
    cdef int **ipp = &ip
    cdef char *s = b"x"
    cdef float complex fc = 1
    cdef double complex dc = 1
    cdef int complex ic = 1
    return kind(i), kind(s), kind(ipp), kind(fc), kind(dc), kind(ic)

cdef cython.p_double first(cython.p_double p):
    return p

def pointers():
    """
    >>> pointers()
    2.5
    """
    cdef double d = 2.5
    return first(&d)[0]
