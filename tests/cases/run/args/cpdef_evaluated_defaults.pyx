# A cpdef function's defaults that are not literals are evaluated where its def statement runs;
# from then on its function object shows every default, converted to its parameter's type, in
# __defaults__ (a literal-only one has them from import). Expected outputs recorded from
# Cython 3.3.0.
calls = []


def g():
    calls.append('g')
    return 5


cpdef int f(int a, int b=g(), c=[1], double d=2):
    return a + b


cpdef double h(double x=g()):
    return x


cpdef literal_only(a, b=3, c='s'):
    return a, b, c


def defaults():
    """
    >>> defaults()
    ((5, [1], 2.0), None, (5.0,), (3, 's'), ['g', 'g'])
    """
    return f.__defaults__, f.__kwdefaults__, h.__defaults__, literal_only.__defaults__, calls


def shared_mutable():
    """
    >>> shared_mutable()
    (6, True)
    """
    return f(1), f.__defaults__[1] is f.__defaults__[1]
