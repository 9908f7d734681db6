# cython: warn.undeclared=True
import os
top = 1

def f(p):
    import sys
    a = 1
    b, c = 1, 2
    for i in range(3):
        a += i
    with open(os.devnull) as fh:
        a += len(fh.name)
    try:
        pass
    except ValueError as e:
        print(e)
    if (w := 5):
        pass
    def inner():
        return 1
    class K:
        pass
    l = [x for x in range(2)]
    cdef int declared = 1
    return a, b, c, w, inner, K, l, p, declared, sys

_WARNINGS = """
2:7: implicit declaration of 'os'
3:0: implicit declaration of 'top'
6:11: implicit declaration of 'sys'
7:4: implicit declaration of 'a'
8:4: implicit declaration of 'b'
8:7: implicit declaration of 'c'
9:8: implicit declaration of 'i'
11:29: implicit declaration of 'fh'
15:25: implicit declaration of 'e'
17:8: implicit declaration of 'w'
21:4: implicit declaration of 'K'
23:4: implicit declaration of 'l'
23:15: implicit declaration of 'x'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3, also with -X warn.unused=True -X warn.maybe_uninitialized=True).
