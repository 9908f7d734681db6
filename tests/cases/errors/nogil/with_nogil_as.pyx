def f():
    with nogil as x:
        pass

_ERRORS = """
2:15: Expected ':', found 'as'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
