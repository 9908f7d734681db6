# An enum with an underlying type (C++'s enum class syntax) is not C: a syntax error at the '('.
cdef enum Colour(int):
    red, green

_ERRORS = """
2:16: Expected ':', found '('
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
