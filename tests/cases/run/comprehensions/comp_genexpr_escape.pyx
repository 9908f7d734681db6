# Generator expressions that outlive the function creating them: over a typed view (the
# buffer stays acquired until the generator is exhausted or dropped), reading a C int and a
# view of the creator, and passed to a user function.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def over_view(double[:] x):
    return (v * 2 for v in x)


def reads_creator(double[:] x, int k):
    return (x[i] + k for i in range(x.shape[0]))


def escape():
    """
    >>> escape()
    ([2.0, 4.0], [11.0, 12.0])
    """
    a = array('d', [1.0, 2.0])
    g1 = over_view(a)
    g2 = reads_creator(a, 10)
    return list(g1), list(g2)


def buffer_released():
    """
    >>> buffer_released()
    ('BufferError', 'ok')
    """
    a = array('d', [1.0, 2.0])
    g = over_view(a)
    next(g)
    try:
        a.append(3.0)
        first = 'ok'
    except BufferError:
        first = 'BufferError'
    del g
    a.append(3.0)
    return first, 'ok'


def consume(it):
    out = []
    for x in it:
        if x > 2:
            break
        out.append(x)
    return out


def passed_to_function(int n):
    """
    >>> passed_to_function(10)
    [0, 1, 2]
    """
    return consume(i for i in range(n))
