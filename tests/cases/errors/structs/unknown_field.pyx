cdef struct Node:
    int value
    Node* next

def f():
    cdef Node n
    n.value = 1
    n.prev = NULL
    return n.value + n.count

_ERRORS = """
8:5: Object of type 'Node' has no attribute 'prev'
8:13: Cannot convert 'void *' to Python object
9:22: Object of type 'Node' has no attribute 'count'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
