# __call__ with a '*' parameter and a keyword-only one, and an instance in an f-string (uses
# __str__); split from special_repr_hash_bool_call.pyx, whose other parts pyxc compiles.
# Expected outputs recorded from Cython 3.3.0.

cdef class Money:
    cdef long cents

    def __init__(self, long cents):
        self.cents = cents

    def __str__(self):
        return '%d.%02d' % (self.cents // 100, self.cents % 100)


cdef class Adder:
    cdef int base

    def __init__(self, int base):
        self.base = base

    def __call__(self, int x, *rest, scale=1):
        return (self.base + x + sum(rest)) * scale


def calls():
    """
    >>> calls()
    (15, 21, 36, '0.05', {1, 2})
    >>> Adder(1)()
    Traceback (most recent call last):
    TypeError: __call__() takes at least 1 positional argument (0 given)
    """
    add = Adder(10)
    return add(5), add(5, 1, 2, 3), add(8, scale=2), f'{Money(5)}', {1, 2}
