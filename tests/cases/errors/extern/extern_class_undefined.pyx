cdef extern class mod.Foo
cdef extern class mod.Bar [object BarStruct]

def f(Foo x):
    return x

_ERRORS = """
1:0: C class 'Foo' is declared but not defined
2:0: C class 'Bar' is declared but not defined
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
