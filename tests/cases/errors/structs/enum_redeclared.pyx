cdef enum Color:
    RED
    GREEN

cdef enum Other:
    RED
    BLUE

cdef enum Color:
    CYAN

_ERRORS = """
9:0: 'Color' redeclared 
1:0: Previous declaration is here
6:4: 'RED' redeclared 
2:4: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
