# Pure Python mode's GIL control: `with cython.nogil:` and `with cython.gil:` (also with a
# constant condition, False leaving the GIL as it is), a @cython.nogil cfunc called without the
# GIL, and a @cython.with_gil cfunc that takes it for its body. Expected outputs recorded from
# Cython 3.3.0.

import cython


@cython.nogil
@cython.cfunc
def add_ten(x: cython.int) -> cython.int:
    y: cython.int = x + 10
    return y


@cython.with_gil
@cython.cfunc
def with_python(x: cython.int) -> cython.int:
    return x + len([1, 2] * x)


def plus_hundred(x):
    return x + 100


def nested(x: cython.int):
    """
    >>> nested(0)
    220
    """
    with cython.nogil:
        x = add_ten(x)
        with cython.gil:
            x = plus_hundred(x)
            with cython.nogil(True):
                x = add_ten(x)
        with cython.gil(True):
            x = plus_hundred(x)
    return x


def taking_gil(x: cython.int):
    """
    >>> taking_gil(3)
    9
    """
    result: cython.int
    with cython.nogil:
        result = with_python(x)
    return result


def not_released(x: cython.int):
    """
    >>> not_released(1)
    [11]
    """
    with cython.nogil(False):
        values = [add_ten(x)]
    return values
