# `from __future__ import *` names no feature.
from __future__ import *

_ERRORS = """
2:23: future feature * is not defined
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
