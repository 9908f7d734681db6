from cython cimport view

def f(int[::view.indirect, :] m, int[:, ::view.generic] g):
    cdef int[:, :] d = m[None, 1]
    cdef int[:] e = g[:, 0]
    return d.shape[0] + e.shape[0]

_ERRORS = """
4:31: All preceding dimensions must be indexed and not sliced
5:25: All preceding dimensions must be indexed and not sliced
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
