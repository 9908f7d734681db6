DEF T = (1, 2, 3)
DEF MISSING = undefined_name + 1
DEF PATH = os.path
DEF OUT_OF_RANGE = T[5]
DEF BY_ZERO = 1 // 0
DEF BAD_INT = int("x1")
DEF BAD_FLOAT = float("one")
DEF LIST = [1, 2]
DEF NESTED = (1, [3], 2)

x = LIST
y = NESTED

IF unknown_flag:
    pass

_ERRORS = """
2:14: Compile-time name 'undefined_name' not defined
2:29: Error in compile-time expression: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
3:11: Compile-time name 'os' not defined
3:13: Error in compile-time expression: AttributeError: 'NoneType' object has no attribute 'path'
4:20: Error in compile-time expression: IndexError: tuple index out of range
5:16: Error in compile-time expression: ZeroDivisionError: integer division or modulo by zero
6:17: Error in compile-time expression: ValueError: invalid literal for int() with base 10: 'x1'
7:21: Error in compile-time expression: ValueError: could not convert string to float: 'one'
11:4: Invalid type for compile-time constant: [1, 2] (type list)
12:4: Invalid type for compile-time constant: [3] (type list)
14:3: Compile-time name 'unknown_flag' not defined
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
