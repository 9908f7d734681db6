# Pure Python mode's function decorators: @cython.cfunc makes a def a cdef function (typed by its
# annotations; @cython.returns or the return annotation its C result; @cython.exceptval its
# exception value; @cython.inline), @cython.ccall a cpdef one, also as methods of an extension
# type. Expected outputs recorded from Cython 3.3.0.

import cython


@cython.cfunc
def twice(x: cython.int) -> cython.int:
    return 2 * x


@cython.cfunc
@cython.returns(cython.double)
@cython.inline
def half(x: cython.double):
    return x / 2


@cython.cfunc
@cython.exceptval(-1)
def checked(x: cython.int) -> cython.int:
    if x < 0:
        raise ValueError("negative")
    return x


@cython.ccall
def both(x: cython.int, y: cython.int = 1) -> cython.long:
    return x * 10 + y


def use(int n):
    """
    >>> use(3)
    (6, 1.5, 3, 31, 32, 'int', 'double')
    >>> use(-1)
    Traceback (most recent call last):
    ValueError: negative
    """
    return twice(n), half(n), checked(n), both(n), both(n, 2), cython.typeof(twice(n)), cython.typeof(half(n))


def from_python():
    """
    >>> from_python()
    (51, 52, False)
    """
    return both(5), both(5, y=2), 'twice' in globals()


@cython.cclass
class Counter:
    count: cython.int

    @cython.cfunc
    def bump(self, by: cython.int) -> cython.int:
        self.count += by
        return self.count

    @cython.ccall
    def total(self) -> cython.int:
        return self.bump(0)

    def run(self):
        """
        >>> Counter().run()
        (2, 5, 5)
        """
        return self.bump(2), self.bump(3), self.total()
