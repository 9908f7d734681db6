# Lambdas as callbacks: a lambda as the default of a parameter, passed to a cdef class method
# that stores and calls it, chosen by a conditional expression, and capturing a mutable
# accumulator.
# Expected outputs recorded from Cython 3.3.0.

def apply(items, f=lambda x: x):
    return [f(x) for x in items]


cdef class Button:
    cdef object callback

    def on_click(self, callback):
        self.callback = callback

    def click(self, int times):
        cdef int i
        out = []
        for i in range(times):
            out.append(self.callback(i))
        return out


def default_callback():
    """
    >>> default_callback()
    ([1, 2], [2, 4])
    """
    return apply([1, 2]), apply([1, 2], lambda x: x * 2)


def stored_callback():
    """
    >>> stored_callback()
    ['click 0', 'click 1']
    """
    b = Button()
    b.on_click(lambda i: 'click %d' % i)
    return b.click(2)


def chosen(bint up):
    """
    >>> chosen(True), chosen(False)
    ('ABC', 'abc')
    """
    f = (lambda s: s.upper()) if up else (lambda s: s.lower())
    return f('aBc')


def accumulator():
    """
    >>> accumulator()
    [0, 1, 2]
    """
    seen = []
    b = Button()
    b.on_click(lambda i: seen.append(i))
    b.click(3)
    return seen
