cimport cython

cdef cython.pymutex shared

cdef takes_a_lock(cython.pymutex l):
    pass

cdef cython.pymutex uncopyable():
    cdef cython.pymutex l
    cdef object o
    takes_a_lock(l)
    l2 = l
    o = l
    cdef cython.pymutex *p = &l
    p[0] = l
    return l

def with_target():
    with shared as x:
        pass

_ERRORS = """
11:17: cython.pymutex cannot be copied
12:9: cython.pymutex cannot be copied
13:8: Cannot convert 'cython.pymutex' to Python object
15:11: cython.pymutex cannot be copied
16:11: cython.pymutex cannot be copied
19:9: Object of type 'cython.pymutex' has no attribute '__enter__'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), which reports the last
# one twice and then crashes on the with statement's target (a Cython defect); pyxc reports it once.
