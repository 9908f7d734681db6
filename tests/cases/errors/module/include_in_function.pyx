# include stands only at a module's top level (or in a module-level IF): Cython's parser refuses it
# in a function, a class body or any other block.
def f():
    include "include_missing.pyx"
    return 1

_ERRORS = """
4:4: include statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
