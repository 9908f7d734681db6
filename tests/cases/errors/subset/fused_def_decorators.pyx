# A def fused function with a decorator other than a compiler directive, or a default computed
# when the def statement runs: outside the subset (compiler directives are taken, each
# specialization gets them: run/fused/def_dispatch.pyx).
cimport cython

def deco(f):
    return f

@deco
def decorated(cython.floating x):
    return x

def computed_default(cython.floating x, cython.floating y=len('ab')):
    return x + y

_ERRORS = """
10:0: decorators and non-literal defaults of def fused functions are not supported by pyxc
13:0: decorators and non-literal defaults of def fused functions are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
