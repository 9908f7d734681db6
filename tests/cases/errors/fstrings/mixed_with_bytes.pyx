def f(x):
    return f"{x}" b"bytes"

_ERRORS = """
2:18: Cannot mix string literals of different types, expected f'', got b''
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
