cdef class Seq:
    @staticmethod
    def __len__(self):
        return 0

_ERRORS = """
3:4: decorators on special methods of cdef classes are not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
