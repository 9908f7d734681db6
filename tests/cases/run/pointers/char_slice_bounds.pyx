# Decoding a slice of a C string takes its bounds as Cython does: a negative bound counts from
# the string's end (its strlen), a start still before the beginning is 0, and a stop at or
# before the start gives an empty string.
cdef extern from *:
    Py_ssize_t PY_SSIZE_T_MIN
    Py_ssize_t PY_SSIZE_T_MAX

cdef char *cstring = b"abcABCqtp"

def negative_bounds():
    """
    >>> negative_bounds()
    ('BCq', 'abcA', '', 'qtp', 'abcABCq')
    """
    return (cstring[-5:-2].decode('UTF-8'), cstring[:-5].decode('UTF-8'), cstring[:-9].decode('UTF-8'),
            cstring[-3:].decode('UTF-8'), cstring[-20:-2].decode('UTF-8'))

def extreme_bounds():
    """
    >>> extreme_bounds()
    ('abcABCqtp', '', '', '')
    """
    return (cstring[PY_SSIZE_T_MIN:9].decode('UTF-8'),
            cstring[PY_SSIZE_T_MAX:PY_SSIZE_T_MIN].decode('UTF-8'),
            cstring[PY_SSIZE_T_MIN:PY_SSIZE_T_MIN].decode('UTF-8'),
            cstring[PY_SSIZE_T_MAX:PY_SSIZE_T_MAX].decode('UTF-8'))

def computed_bounds(Py_ssize_t lo, Py_ssize_t hi):
    """
    >>> computed_bounds(-4, -1)
    'Cqt'
    >>> computed_bounds(5, 2)
    ''
    >>> computed_bounds(2, 5)
    'cAB'
    """
    return cstring[lo:hi].decode('ascii')

def codec_names():
    """
    A C string naming a codec or an error handler is passed as a str.

    >>> codec_names()
    ('abc', 'abcABCqt', b'\\xc3\\xa9', b'?', b'\\xc3\\xa9')
    """
    cdef const char *enc = 'UTF-8'
    cdef const char *errors = 'replace'
    text = 'é'
    return (cstring[:3].decode(enc), cstring[:8].decode(enc, errors), text.encode(enc), text.encode('ascii', errors),
            text.encode(b'UTF-8', b'strict'))
