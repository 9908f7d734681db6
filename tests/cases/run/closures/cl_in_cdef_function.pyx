# Closures created inside a cdef function (reading its C arguments) and called there, and
# returned from it as an object.
# Expected outputs recorded from Cython 3.3.0.

cdef int plus_one(int n):
    def inner():
        return n + 1
    return inner()


cdef object make_scaler(double factor):
    def scale(x):
        return x * factor
    return scale


def calls():
    """
    >>> calls()
    (4, 5.0, -1.0)
    """
    s = make_scaler(2.5)
    return plus_one(3), s(2), s(-0.4)
