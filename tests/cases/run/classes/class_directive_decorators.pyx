# Directive decorators on a cdef class apply to its methods, as Cython applies them to the class
# body; a method's own decorator says otherwise for it.
# Expected outputs recorded from Cython 3.3.0.
cimport cython

@cython.cdivision(True)
cdef class CDivision:
    def div(self, int a, int b):
        return a // b, a % b

    cdef int cdiv(self, int a, int b) noexcept:
        return a // b

    def via_cdef(self, int a, int b):
        return self.cdiv(a, b)

    @cython.cdivision(False)
    def python_div(self, int a, int b):
        return a // b, a % b

cdef class PythonDivision:
    def div(self, int a, int b):
        return a // b, a % b

def run():
    """
    >>> run()
    ((-3, -1), -3, (-4, 1), (-4, 1))
    """
    c = CDivision()
    return c.div(-7, 2), c.via_cdef(-7, 2), c.python_div(-7, 2), PythonDivision().div(-7, 2)
