cdef struct Node:
    int value
    Node* next

def f():
    cdef Node n
    n.value = 1
    n.next = NULL
    return n

_ERRORS = """
9:11: Cannot convert 'Node' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
