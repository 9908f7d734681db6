from __future__ import division, braces

_ERRORS = """
1:33: not a chance
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
