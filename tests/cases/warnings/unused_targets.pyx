# Recorded with Cython 3.3.0: python3 cython.py -3 -Wextra unused_targets.pyx
def f(int a, b):
    cdef int i, j
    for i in range(a):
        pass
    for j, v in enumerate(b):
        print(j)
    x = y = 0
    u, w = 1, 2
    q = 1
    q += 1
    for _ in range(2):
        pass
    return u

_WARNINGS = """
3:13: Unused entry 'i'
6:11: Unused entry 'v'
8:4: Unused entry 'x'
8:8: Unused entry 'y'
9:7: Unused entry 'w'
"""
