def f():
    return 0189

_ERRORS = """
2:11: Invalid integer literal: leading zeros are not permitted
"""
# pyxc's own message, after Python 3's: Cython 3.3.0 lexes 0189 as a Python 2 octal literal and
# crashes converting it (ValueError: invalid literal for int() with base 8, in
# Utils.str_to_number), a known Cython defect.
