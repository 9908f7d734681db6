# pyxc's declarations of CPython's int representation (longintrepr.h: an int's absolute value as
# an array of "digits" of PyLong_SHIFT bits, least significant first), for
# `from cpython.longintrepr cimport ...`. Written from CPython's headers
# (cpython/longintrepr.h), for builds with 30-bit digits, CPython's default on 64-bit
# platforms. Not part of the stable API: the layout changes between versions.
cdef extern from "Python.h":
    ctypedef unsigned int digit
    ctypedef int sdigit
    ctypedef unsigned long long twodigits
    ctypedef long long stwodigits

    enum:
        PyLong_SHIFT
    const digit PyLong_BASE
    const digit PyLong_MASK

    # The layout up to CPython 3.11: the digits in ob_digit and, in Py_SIZE(o), their count
    # with the int's sign (0 for zero). Removed in CPython 3.12, where the digits are in
    # long_value.ob_digit and the count and sign in long_value.lv_tag: code reading ob_digit
    # does not compile there.
    ctypedef struct PyLongObject:
        digit ob_digit[1]
    Py_ssize_t Py_SIZE(object o)

    # A new int of `size` digits left uninitialised (its sign and digits are the caller's to
    # set): a new reference.
    PyLongObject *_PyLong_New(Py_ssize_t size) except NULL
