# The function language measured by bench/functions: a list comprehension over a typed view, sum()
# over a generator expression, a closure called in a loop, and calls of a *args function.

def listcomp(double[:] x, long reps):
    cdef long r
    cdef Py_ssize_t total = 0
    for r in range(reps):
        total += len([v * 2.0 for v in x])
    return total


def genexpr_sum(double[:] x, long reps):
    cdef long r
    total = 0.0
    for r in range(reps):
        total += sum(x[i] for i in range(x.shape[0]))
    return total


def closure_calls(long n):
    k = 3
    def add(a):
        return a + k
    s = 0
    cdef long i
    for i in range(n):
        s = add(s)
    return s


def count_args(*args):
    return len(args)


def star_calls(long n):
    cdef long i
    s = 0
    for i in range(n):
        s += count_args(i, i, i)
    return s
