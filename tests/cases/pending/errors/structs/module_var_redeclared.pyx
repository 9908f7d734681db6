cdef int counter = 0
cdef double counter

cdef list items
items = None
cdef dict items

_ERRORS = """
2:12: 'counter' redeclared 
1:9: Previous declaration is here
6:10: 'items' redeclared 
4:10: Previous declaration is here
2:12: cdef variable 'counter' declared after it is used
6:10: cdef variable 'items' declared after it is used
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
