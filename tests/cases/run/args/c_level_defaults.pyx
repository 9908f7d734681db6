# Defaults of any expression for cdef and cpdef functions and for the methods of an extension type:
# each evaluated once where its definition runs (a module-level function at its def statement, a
# method at its class statement), converted to the parameter's type then, and used by C calls and
# Python calls that leave the argument out; a mutable default is shared.
# Expected outputs recorded from Cython 3.3.0 (its LOG differs: see the .known file beside the golden).

N = 5
LOG = []

def note(x):
    LOG.append(x)
    return x

cdef int f(int a, int n=note(N) * 2):
    return a + n

cpdef g(x, y=note([])):
    return len(y) + x, y

cdef class K:
    cdef int m(self, int k=note(N + 1)):
        return k
    def dm(self, k=note('dm')):
        return k
    cpdef cm(self, double d=note(N) / 2):
        return d

N = 100

def evaluated_once():
    """
    >>> evaluated_once()
    [5, [], 6, 'dm', 5]
    """
    return LOG

def c_calls():
    """
    >>> c_calls()
    (11, 10, 6, 2.5, 3)
    """
    cdef K k = K()
    return f(1), f(0, 10), k.m(), k.cm(), k.m(3)

def python_calls():
    """
    >>> g(1)[1] is g(2)[1], g(1)[0], g(3, [0])
    (True, 1, (4, [0]))
    >>> K().dm(), K().dm('x'), K().cm(), K().cm(1.5)
    ('dm', 'x', 2.5, 1.5)
    """
