# Fused types declared in Cython's pure-Python spelling (name = cython.fused_type(...)), fused
# members of fused types, and annotations with Cython's built-in fused types.
cimport cython

ctypedef char * string_t

fused_type1 = cython.fused_type(int, long, float, double, string_t)
fused_type2 = cython.fused_type(string_t)
other_t = cython.fused_type(int, double)
fused_composite = cython.fused_type(fused_type2, other_t)

cdef str describe(fused_type1 x, fused_type1 y, fused_type2 z):
    if fused_type1 is string_t:
        return "%s %s %s" % (x.decode('ascii'), y.decode('ascii'), z.decode('ascii'))
    else:
        return "%s %s %s" % (x, y, z.decode('ascii'))

def cdef_calls():
    """
    >>> cdef_calls()
    spam ham eggs
    10 20 butter
    4.2 8.6 bunny
    """
    print(describe(b'spam', b'ham', b'eggs'))
    print(describe(10, 20, b'butter'))
    print(describe(4.2, 8.6, b'bunny'))

def composite(fused_composite x):
    """
    >>> composite(1), composite(2.5), list(composite.__signatures__)
    ('int', 'double', ['string_t', 'int', 'double'])
    """
    return cython.typeof(x)

def annotated(x: cython.floating, n: cython.integral):
    """
    >>> annotated(1.5, 2)
    ('double', 'long', 3.0)
    """
    return cython.typeof(x), cython.typeof(n), x * n
