"""`and`/`or` with a C string: beside a bytes literal the result is a C string too (a NULL one
passes over to the literal); beside an object the C string becomes bytes only where it is the
result, so a NULL one `or` passes over is never read. A C string is true when it is not NULL
(an empty one too), as in C."""


cpdef (char *) or_default(char *s=NULL):
    """
    >>> or_default(), or_default(b'given'), or_default(b'')
    (b'abc', b'given', b'')
    """
    return s or b'abc'


def or_object(bint null, fallback):
    """
    >>> or_object(True, 5), or_object(False, 5)
    (5, b'text')
    """
    cdef char *s = NULL
    if not null:
        s = b'text'
    return s or fallback


def and_object(bytes b, other):
    """
    >>> and_object(b'', 'x'), and_object(b'y', 'x')
    ('x', 'x')
    """
    cdef char *s = b
    return s and other
