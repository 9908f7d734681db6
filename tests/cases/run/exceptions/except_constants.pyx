# The exception value of a cdef function as any C constant Cython accepts: a cast integer for a
# pointer result, enum members (plain and qualified), a char literal, a DEF float (inf and nan,
# which callers must see through PyErr_Occurred), an extern constant (NAN), an integer too big
# for C integers as a double. A pointer function that falls off its end returns NULL.
# Expected outputs recorded from Cython 3.3.0.

from libc.math cimport NAN

DEF INFINITY = float("inf")
DEF NOT_A_NUMBER = float("nan")


cdef int* marked(bint fire) except <int*>-1:
    if fire:
        raise ValueError("marked")


cdef int* falls_off():
    pass


cdef enum Colour:
    RED
    GREEN


cdef Colour qualified(bint fail) except? Colour.RED:
    if fail:
        raise KeyError("qualified")
    return GREEN


cdef Colour plain(bint fail) except RED:
    if fail:
        raise KeyError("plain")
    return GREEN


cdef char letter(bint fail) except 'a':
    if fail:
        raise IndexError("letter")
    return c'b'


cdef double infinite(bint fail) except INFINITY:
    if fail:
        raise ArithmeticError("infinite")
    return 1.5


cdef double nan_known(bint fail) except NOT_A_NUMBER:
    if fail:
        raise ArithmeticError("nan known")
    return 2.5


cdef double nan_extern(bint fail) except NAN:
    if fail:
        raise ArithmeticError("nan extern")
    return 3.5


cdef double huge(bint fail) except 100000000000000000000000000000000:
    if fail:
        raise OverflowError("huge")
    return 4.5


def run(name, bint fail):
    """
    >>> run('marked', False), run('falls_off', False)
    (True, True)
    >>> run('marked', True)
    Traceback (most recent call last):
    ValueError: marked
    >>> run('qualified', False), run('plain', False), run('letter', False)
    (1, 1, 98)
    >>> run('qualified', True)
    Traceback (most recent call last):
    KeyError: 'qualified'
    >>> run('plain', True)
    Traceback (most recent call last):
    KeyError: 'plain'
    >>> run('letter', True)
    Traceback (most recent call last):
    IndexError: letter
    >>> [run(n, False) for n in ('infinite', 'nan_known', 'nan_extern', 'huge')]
    [1.5, 2.5, 3.5, 4.5]
    >>> run('infinite', True)
    Traceback (most recent call last):
    ArithmeticError: infinite
    >>> run('nan_known', True)
    Traceback (most recent call last):
    ArithmeticError: nan known
    >>> run('nan_extern', True)
    Traceback (most recent call last):
    ArithmeticError: nan extern
    >>> run('huge', True)
    Traceback (most recent call last):
    OverflowError: huge
    """
    if name == 'marked':
        return marked(fail) == NULL
    if name == 'falls_off':
        return falls_off() == NULL
    if name == 'qualified':
        return qualified(fail)
    if name == 'plain':
        return plain(fail)
    if name == 'letter':
        return letter(fail)
    if name == 'infinite':
        return infinite(fail)
    if name == 'nan_known':
        return nan_known(fail)
    if name == 'nan_extern':
        return nan_extern(fail)
    return huge(fail)
