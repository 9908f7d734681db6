def f():
    return f"{lambda x: 1}"

_ERRORS = """
2:22: Expected ':', found 'EOF'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
