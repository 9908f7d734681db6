cdef class Ops:
    def __richcmp__(self, other):
        return True

    def __pow__(self):
        return 1

    def __call__():
        return 2

    def __getitem__(self):
        return 0

    def __setitem__(self, key):
        pass

    def __iadd__(self, a, b):
        return self

_ERRORS = """
2:4: Special method __richcmp__ has wrong number of arguments (2 declared, 3 expected)
5:4: Special method __pow__ has wrong number of arguments (1 declared, 2 to 3 expected)
8:4: Special method __call__ has wrong number of arguments (0 declared, 1 or more expected)
11:4: Special method __getitem__ has wrong number of arguments (1 declared, 2 expected)
14:4: Special method __setitem__ has wrong number of arguments (2 declared, 3 expected)
17:4: Special method __iadd__ has wrong number of arguments (3 declared, 2 expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
