# Recorded with Cython 3.3.0: python3 cython.py -3 -Wextra maybe_unassigned.pyx
def a1(int n):
    for i in range(n):
        t = i
    return t

def a2(int n):
    while n > 0:
        if n == 3:
            print(u)
        u = n
        n -= 1
    return 0

def a3(x):
    try:
        v = int(x)
    except ValueError:
        pass
    return v

def a4(x):
    try:
        w = int(x)
    except ValueError:
        w = 0
    return w

def a5(int n):
    if (q := n) > 2:
        pass
    return q

def a6(int n):
    if n > 2 and (r := n) > 3:
        return r
    return r

def a7(int n):
    while True:
        s = n
        break
    return s

def a8(int n):
    for i in range(n):
        pass
    return i

def a9(int n):
    try:
        z = n
    finally:
        pass
    return z

def b1(int n):
    cdef double d
    if n:
        d = 1
    return d

def b2(int n):
    for i in range(n):
        if i:
            continue
        k = i
    else:
        k = 0
    return k

_WARNINGS = """
5:11: local variable 't' might be referenced before assignment
10:18: local variable 'u' might be referenced before assignment
20:11: local variable 'v' might be referenced before assignment
36:15: local variable 'r' might be referenced before assignment
37:11: local variable 'r' might be referenced before assignment
43:11: local variable 's' might be referenced before assignment
48:11: local variable 'i' might be referenced before assignment
61:11: local variable 'd' might be referenced before assignment
"""
