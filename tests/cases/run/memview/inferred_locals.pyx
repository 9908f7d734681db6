# Untyped locals assigned a view are inferred as views (as Cython does): indexing stays in C.
def infer(double[:] x):
    """
    >>> import array
    >>> infer(array.array('d', [1.0, 2.0, 3.0]))
    (3.0, 3)
    """
    y = x
    z = y[1:]
    return (y[-1], z.shape[0] + 1)

def loop_var(double[:] x):
    """
    >>> import array
    >>> loop_var(array.array('d', [1.0, 2.0, 3.0]))
    6.0
    """
    s = 0.0
    v = x
    for i in range(v.shape[0]):
        s += v[i]
    return s
