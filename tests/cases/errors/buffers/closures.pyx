def closure(x):
    cdef object[int] buf = x
    def inner():
        return buf[0]
    return inner

def lambda_arg(object[int] buf):
    return lambda: buf[0]

def genexpr(object[int] buf):
    return sum(buf[i] for i in range(3))

def generator(object[int] buf):
    yield buf[0]

_ERRORS = """
2:21: Buffer types only allowed as function local variables
7:15: Buffer types only allowed as function local variables
10:12: Buffer types only allowed as function local variables
13:14: Buffer types only allowed as function local variables
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
