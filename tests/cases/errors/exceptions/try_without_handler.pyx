def f():
    try:
        pass
    x = 1

_ERRORS = """
4:4: Expected 'except' or 'finally'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
