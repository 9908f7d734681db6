from __future__ import spam

_ERRORS = """
1:23: future feature spam is not defined
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
