# bench/pyx/bf.pyx as plain Python: the baseline of bench/functions.

def listcomp(x, reps):
    total = 0
    for r in range(reps):
        total += len([v * 2.0 for v in x])
    return total


def genexpr_sum(x, reps):
    total = 0.0
    for r in range(reps):
        total += sum(x[i] for i in range(len(x)))
    return total


def closure_calls(n):
    k = 3
    def add(a):
        return a + k
    s = 0
    for i in range(n):
        s = add(s)
    return s


def count_args(*args):
    return len(args)


def star_calls(n):
    s = 0
    for i in range(n):
        s += count_args(i, i, i)
    return s
