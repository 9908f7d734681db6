from typing import Optional

def f(Optional[int] i):
    pass

_ERRORS = """
3:6: 'typing's subscripted types (Optional[...], Union[...], ClassVar[...]) as declared types' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (Cython 3.3.0 reads it as a typing modifier or a
# builtin type with its items' types, not as a buffer type).
