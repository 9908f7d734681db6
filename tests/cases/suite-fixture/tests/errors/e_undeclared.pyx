# mode: error

def f():
    return nope

_ERRORS = """
4:11: undeclared name not builtin: nope
"""
