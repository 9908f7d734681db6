# Calls no specialization can serve: two members that differ only by const (pyxc compiles both
# as int) make any call ambiguous; a function whose fused return type no argument decides cannot
# be specialized at all. A keyword argument decides its parameter's type like a positional one.
cimport cython

cdef fused mix_const_t:
    int
    const int

cdef f(mix_const_t val):
    print(val)

f(1)

cdef cython.floating g(cython.integral x):
    return 1.0

g(5)

cdef h(cython.floating x, cython.integral y):
    pass

cdef float x = 1
h(x, y=2)

_ERRORS = """
15:0: Return type is a fused type that cannot be determined from the function arguments
13:1: ambiguous overloaded method
13:0: Invalid use of fused types, type cannot be specialized
18:0: Invalid use of fused types, type cannot be specialized
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
