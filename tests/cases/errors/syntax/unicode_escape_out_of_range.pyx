s = "\UBBBBBBBB"

_ERRORS = """
1:5: Invalid unicode escape '\UBBBBBBBB'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3). Eight hex digits
# beyond U+10FFFF once overflowed pyxc's lexer (found by FrontEndFuzzTest.parser).
