def g(a, 3):
    return a

_ERRORS = """
1:9: Expected an identifier, found 'INT'
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
