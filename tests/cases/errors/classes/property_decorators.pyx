def logged(f):
    return f

cdef class Box:
    cdef int _v

    @property
    def value(self):
        return self._v

    @property
    @logged
    def other(self):
        return self._v

    @logged
    @value.setter
    def value(self, v):
        self._v = v

    @value.deleter
    @logged
    def value(self):
        pass

    @value.setter
    def size(self, v):
        pass

    @value.getter
    def width(self):
        return 0

    @value.deleter
    def depth(self):
        pass

_ERRORS = """
12:4: Property methods with additional decorators are not supported
16:4: Property methods with additional decorators are not supported
22:4: Property methods with additional decorators are not supported
26:4: Mismatching property names, expected 'value', got 'size'
30:4: Mismatching property names, expected 'value', got 'width'
34:4: Mismatching property names, expected 'value', got 'depth'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
