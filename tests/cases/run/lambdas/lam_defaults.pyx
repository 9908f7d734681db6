# Lambdas with default arguments: defaults evaluated when the lambda is made, binding a loop
# variable with i=i (versus the late-binding trap without it), keyword arguments and
# __defaults__.
# Expected outputs recorded from Cython 3.3.0.

def with_defaults():
    """
    >>> with_defaults()
    (3, 12, 15)
    """
    f = lambda a, b=2: a + b
    return f(1), f(2, 10), f(b=5, a=10)


def binds_loop_variable():
    """
    >>> binds_loop_variable()
    ([0, 1, 2], [2, 2, 2])
    """
    bound = [lambda i=i: i for i in range(3)]
    late = []
    for i in range(3):
        late.append(lambda: i)
    return [f() for f in bound], [f() for f in late]


def c_loop_variable():
    """
    >>> c_loop_variable()
    [0, 10, 20]
    """
    fs = []
    cdef int i
    for i in range(3):
        fs.append(lambda k=i * 10: k)
    return [f() for f in fs]


def defaults_tuple():
    """
    >>> defaults_tuple()
    (1, 'x')
    """
    f = lambda a=1, b='x': None
    return f.__defaults__


def evaluated_once():
    """
    >>> evaluated_once()
    ([1], [1, 2])
    """
    f = lambda x, acc=[]: acc.append(x) or acc
    return list(f(1)), f(2)


def wrong_call():
    """
    >>> wrong_call()
    ('TypeError', 'takes at most 2 positional arguments (3 given)')
    """
    f = lambda a, b=2: a + b
    try:
        return f(1, 2, 3)
    except TypeError as e:
        # the function's name in the message is left out: Cython numbers its lambdas there
        return type(e).__name__, str(e).split('() ', 1)[1]
