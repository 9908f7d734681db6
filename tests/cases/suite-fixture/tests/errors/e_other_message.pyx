# mode: error

def f():
    return nope

_ERRORS = """
4:11: a message pyxc does not give
"""
