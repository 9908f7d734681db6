x = 1
y = b'abcédé'

_ERRORS = """
2:4: bytes can only contain ASCII literal characters.
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
