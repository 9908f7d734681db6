# Recorded with Cython 3.3.0: python3 cython.py -3 -Wextra unreachable.pyx
def g(int a):
    return a
    a = 3

def h(int a):
    raise ValueError()
    print(a)

def k(int a):
    while a:
        break
        a += 1
    return a

def m(int a):
    for i in range(a):
        continue
        a = 2
    return a

def n(int a):
    if a:
        return 1
    else:
        return 2
    return 3

def p(int a):
    return a
    if a:
        pass

_WARNINGS = """
4:8: Unreachable code
8:9: Unreachable code
13:8: Unreachable code
19:12: Unreachable code
27:4: Unreachable code
31:4: Unreachable code
17:8: Unused entry 'i'
"""
