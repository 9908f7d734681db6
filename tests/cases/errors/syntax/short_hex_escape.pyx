s = '\xZ'

_ERRORS = """
1:5: Invalid hex escape '\x'
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
