cdef class A:
    cdef char label[4]

    def set(self):
        self.label = b'buf'


def local():
    cdef char s[2]
    s = b'abc'
    return s

_ERRORS = """
5:12: Assignment to slice of wrong length, expected 4, got 3
10:4: Assignment to slice of wrong length, expected 2, got 3
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
