# A fused type whose members are typedefs of a cimported module (`cnp.float32_t`): its
# specializations are keyed by the typedef names (`float32_t`), as Cython names them; Cython's own
# names (`cython.double`) by the type's. (scikit-image indexes `_warp_fast[ctype]` so.)
# Expected outputs recorded from Cython 3.3.0.
cimport numpy as cnp
cimport cython

ctypedef fused np_floats:
    cnp.float32_t
    cnp.float64_t

ctypedef fused mixed:
    cython.double
    cython.int

def f(np_floats x):
    return x

def g(mixed x):
    return x

def keys():
    """
    >>> keys()
    (['float32_t', 'float64_t'], ['double', 'int'], 1.5)
    """
    return sorted(f.__signatures__), sorted(g.__signatures__), f['float64_t'](1.5)
