# mode: error

cimport assign_const_or_function_support as sup
from assign_const_or_function_support cimport LIMIT, helper

cdef int other(int x):
    return x

def f():
    global LIMIT
    LIMIT = 5
    sup.LIMIT = 6

def g():
    global helper
    helper = other

def h():
    sup.helper = other

_ERRORS = """
11:12: Assignment to const 'LIMIT'
12:7: Assignment to const attribute 'LIMIT'
16:4: Assignment to non-lvalue 'helper'
19:7: Assignment to non-lvalue 'helper'
19:7: Assignment to non-lvalue of type '<error>'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
