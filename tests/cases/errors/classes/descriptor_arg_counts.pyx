cdef class Desc:
    def __get__(self, instance):
        return 1

    def __set__(self, instance):
        pass

    def __delete__(self):
        pass


cdef class TooMany:
    def __get__(self, instance, owner, extra):
        return 1

    def __set__(self, instance, value, extra):
        pass

    def __delete__(self, instance, extra):
        pass

_ERRORS = """
2:4: Special method __get__ has wrong number of arguments (2 declared, 3 expected)
5:4: Special method __set__ has wrong number of arguments (2 declared, 3 expected)
8:4: Special method __delete__ has wrong number of arguments (1 declared, 2 expected)
13:4: Special method __get__ has wrong number of arguments (4 declared, 3 expected)
16:4: Special method __set__ has wrong number of arguments (4 declared, 3 expected)
19:4: Special method __delete__ has wrong number of arguments (3 declared, 2 expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
