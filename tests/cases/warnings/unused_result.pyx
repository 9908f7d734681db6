# cython: warn.unused_result=True
def overwritten():
    r = 1 + 1
    r = 2
    return r

def branches(c):
    x = 1
    if c:
        x = 2
    return x

def in_loop(n):
    total = 0
    last = -1
    for i in range(n):
        last = i
        total += i
    return total

def argument(a, b):
    a = 5
    return a + b

def walrus(seq):
    if (n := len(seq)) > 2:
        n = 0
    return n

def augmented():
    k = 1
    k += 1
    k = 7
    return k

def loop_carried(n):
    prev = 0
    for i in range(n):
        cur = prev + i
        prev = cur
    return prev

def swallowed():
    v = 1
    try:
        v = int("x")
    except ValueError:
        pass
    return v

def cdef_init():
    cdef int z = 3
    z = 4
    return z

_WARNINGS = """
3:4: Unused result in 'r'
15:4: Unused entry 'last'
21:13: Unused argument value 'a'
32:4: Unused result in 'k'
52:4: Unused result in 'z'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3 -X warn.unused=True -X warn.maybe_uninitialized=True -X warn.unreachable=True; without them the 'Unused entry' line is not given).
