# cython.fused_type(...) is pure mode's spelling (an assignment); after ctypedef it reads as a C
# function declarator, and the name that follows is Cython's syntax error.
cimport cython

ctypedef cython.fused_type(int, double) number_t

_ERRORS = """
5:40: Syntax error in ctypedef statement
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
