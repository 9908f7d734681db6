# C properties of an extern class with setters (@name.setter cdef inline): assigning the attribute
# of a typed instance calls the setter with the value converted to its parameter's type (void
# noexcept, or an int status whose -1 raises); `+=` reads through the getter and stores through
# the setter, the instance evaluated once. An untyped local made by calling the class, and a call
# with star arguments, are typed as the class too.
cdef extern from "Python.h":
    ctypedef class __builtin__.BaseException [object PyBaseExceptionObject]:
        @property
        cdef inline head(self):
            return self.args[0] if self.args else None

        @head.setter
        cdef inline void head(self, value) noexcept:
            self.args = (value,) + tuple(self.args[1:])

        @property
        cdef inline Py_ssize_t count(self):
            return len(self.args)

        @count.setter
        cdef inline int count(self, Py_ssize_t n) except -1:
            if n < 0:
                raise ValueError("count must not be negative")
            self.args = tuple(self.args[:n]) + (None,) * (n - len(self.args))
            return 0

        @property
        cdef inline double ratio(self):
            return self.args[0] / self.args[1]

        @ratio.setter
        cdef inline int ratio(self, double r) except? -1:
            if r != r:
                raise ArithmeticError("ratio is NaN")
            self.args = (r, 1.0)
            return 0

        @property
        cdef inline label(self):
            return self.args[-1]

        @label.setter
        cdef inline void label(self, const char *text) noexcept:
            self.args = tuple(self.args) + (text,)


def set_head(BaseException e, value):
    """
    >>> set_head(ValueError(1, 2), 'x')
    ValueError('x', 2)
    >>> set_head(KeyError(), [3])
    KeyError([3])
    """
    e.head = value
    return e


def untyped_local(value):
    """
    >>> untyped_local(7)
    (BaseException(7), 7)
    """
    e = BaseException()
    e.head = value
    return e, e.head


def grow(BaseException e, n):
    """
    >>> grow(RuntimeError('a'), 3)
    (RuntimeError('a', None, None), 3)
    >>> grow(RuntimeError('a', 'b', 'c'), 1)
    (RuntimeError('a'), 1)
    >>> grow(RuntimeError('a'), -1)
    Traceback (most recent call last):
    ValueError: count must not be negative
    >>> grow(RuntimeError('a'), 'two')
    Traceback (most recent call last):
    TypeError: 'str' object cannot be interpreted as an integer
    """
    e.count = n
    return e, e.count


calls = []

cdef BaseException traced(BaseException e):
    calls.append(type(e).__name__)
    return e


def add_in_place(BaseException e, k):
    """
    >>> del calls[:]
    >>> add_in_place(LookupError(10, 20), 5), calls
    ((LookupError(15, 20), 15), ['LookupError'])
    >>> add_in_place(LookupError('ab'), 'c')
    (LookupError('abc'), 'abc')
    """
    traced(e).head += k
    return e, e.head


def bump_count(BaseException e):
    """
    >>> bump_count(OSError())
    OSError(None, None)
    """
    e.count += 2
    return e


def set_ratio(BaseException e, r):
    """
    >>> set_ratio(Exception(), 0.25)
    (Exception(0.25, 1.0), 0.25)
    >>> set_ratio(Exception(), 3)
    (Exception(3.0, 1.0), 3.0)
    >>> set_ratio(Exception(), float('nan'))
    Traceback (most recent call last):
    ArithmeticError: ratio is NaN
    >>> set_ratio(Exception(), 'x')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    e.ratio = r
    return e, e.ratio


def set_label(BaseException e, bytes text):
    """
    >>> set_label(Warning(1), b'note')
    (Warning(1, b'note'), b'note')
    """
    e.label = text
    return e, e.label


def on_temporary(*args):
    """
    >>> on_temporary(1, 2)
    1
    (1, 2)
    >>> on_temporary()
    None
    """
    BaseException(*args).head = 'lost'
    print(BaseException(*args).head if args else None)
    return BaseException(*args).args if args else None
