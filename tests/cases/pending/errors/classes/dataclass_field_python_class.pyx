from cython.dataclasses cimport dataclass, field

class PyClass:
    a: int = field(default=1)

_ERRORS = """
4:13: 'dataclasses.field' not a valid cython attribute or is being used incorrectly
4:13: undeclared name not builtin: field
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
