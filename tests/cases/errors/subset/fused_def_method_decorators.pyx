# A def fused method of a cdef class with a decorator other than staticmethod/classmethod, or a
# default computed when the class statement runs: outside the subset (a module's def fused
# functions take both: run/fused/fused_defs_at_statement.pyx).
cimport cython

def deco(f):
    return f

cdef class C:
    @deco
    def decorated(self, cython.floating x):
        return x

    def computed_default(self, cython.floating x, cython.floating y=len('ab')):
        return x + y

_ERRORS = """
11:4: decorators and non-literal defaults of def fused methods are not supported by pyxc
14:4: decorators and non-literal defaults of def fused methods are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
