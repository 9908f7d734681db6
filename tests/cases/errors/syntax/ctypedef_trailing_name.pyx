# A name after a ctypedef's declarator.
ctypedef int (*callback_t)(int) extra

_ERRORS = """
2:32: Syntax error in ctypedef statement
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
