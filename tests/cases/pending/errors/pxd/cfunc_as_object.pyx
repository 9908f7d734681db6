# mode: error

cimport cfunc_as_object_support as sup
from cfunc_as_object_support cimport by_pointer, plain

def ok():
    # a simple signature is wrapped into a Python callable
    return plain

def bad1():
    return by_pointer

def bad2():
    return sup.give_pointer

def bad3():
    return sup

x = [sup.by_pointer]

_ERRORS = """
19:8: Cannot convert 'void (int *) except *' to Python object
11:11: Cannot convert 'void (int *) except *' to Python object
14:14: Cannot convert 'int *(void) except *' to Python object
17:11: 'sup' is not a constant, variable or function identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
