cdef public class A:
    pass

cdef api class B [object BObject]:
    pass

cdef class C [object CObject, type CType]:
    pass

_ERRORS = """
1:0: Object struct name specification required for 'public' C class
1:0: Type object name specification required for 'public' C class
4:0: Type object name specification required for 'api' C class
7:13: Name options only allowed for 'public', 'api', or 'extern' C class
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
