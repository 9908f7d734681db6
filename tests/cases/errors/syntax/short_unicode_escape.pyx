s = '\u12'

_ERRORS = """
1:5: Invalid unicode escape '\u'
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3): the escape without all its digits.
