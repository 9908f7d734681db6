# The type Cython infers for the variable of a loop over a str (Py_UCS4), over bytes or a
# bytearray (unsigned char), and over a slice of one: the values are the same characters and
# byte values Python gives, and the variable takes part in C arithmetic and casts.
# Expected outputs recorded from Cython 3.3.0.

cimport cython


def loop_types(unicode u, bytes b, bytearray ba):
    """
    >>> loop_types(u"ab", b"cd", bytearray(b"ef"))
    ('Py_UCS4', 'unsigned char', 'unsigned char', 'Py_UCS4', 'unsigned char', 'Py_UCS4', 'unsigned char')
    """
    for c1 in u:
        pass
    for c2 in b:
        pass
    for c3 in ba:
        pass
    for c4 in u[1:]:
        pass
    for c5 in b[:1]:
        pass
    for c6 in "xy":
        pass
    for c7 in b"xy":
        pass
    return (cython.typeof(c1), cython.typeof(c2), cython.typeof(c3), cython.typeof(c4), cython.typeof(c5),
            cython.typeof(c6), cython.typeof(c7))


def codes(unicode u):
    """
    >>> codes(u"aé€😀")
    [97, 233, 8364, 128512]
    >>> codes(u"")
    []
    """
    out = []
    for ch in u:
        out.append(<long>ch)
    return out


def shifted(bytes b):
    """
    >>> shifted(b"HAL")
    b'IBM'
    """
    out = bytearray()
    for x in b:
        out.append(x + 1)
    return bytes(out)


def chars_as_str(unicode u):
    """
    >>> chars_as_str(u"héllo")
    ['h', 'é', 'l', 'l', 'o', 'o']
    """
    out = []
    for ch in u:
        out.append(ch)
    out.append(ch)
    return out


def to_char_array():
    """
    >>> to_char_array()
    (89, 88)
    """
    cdef char[3] result = "ABC"
    cdef list got = []
    for ch in "YX":
        result[0] = <char> ch
        got.append(result[0])
    return tuple(got)
