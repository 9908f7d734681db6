class P:
    def m(self, x=len):
        return x

cdef int f(int n=len("ab")):
    return n

_ERRORS = """
5:20: non-literal default values are not supported by pyxc
2:18: non-literal default values are not supported by pyxc
"""
# pyxc's own message: evaluated defaults are supported in module-level def functions only (STYLE rule 10).
