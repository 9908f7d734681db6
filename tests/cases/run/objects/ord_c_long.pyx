# ord() as Cython computes it: a C long (cython.typeof says 'long', also for a local it sets),
# from an object's one character (a str's code point, a bytes' or bytearray's byte) or a C
# character's value (a char's as an unsigned char); a str of another length is Cython's ValueError of its Py_UCS4 conversion,
# anything else CPython's TypeError.
# Expected outputs recorded from Cython 3.3.0.
cimport cython

def of_object(x):
    """
    >>> of_object('a'), of_object(u'\\u20ac'), of_object(b'b'), of_object(bytearray(b'c'))
    (97, 8364, 98, 99)
    >>> of_object('ab')
    Traceback (most recent call last):
    ValueError: only single character unicode strings can be converted to Py_UCS4, got length 2
    >>> of_object(b'')
    Traceback (most recent call last):
    TypeError: ord() expected a character, but string of length 0 found
    >>> of_object(5)
    Traceback (most recent call last):
    TypeError: ord() expected string of length 1, but int found
    """
    n = ord(x)
    assert cython.typeof(n) == 'long', cython.typeof(n)
    return n

def of_c_values(str s, bytes b):
    """
    >>> of_c_values('xyz', b'XYZ')
    (121, 89, 'long', 'unsigned char')
    """
    cdef Py_UCS4 u = s[1]
    cdef char c = b[1]
    return ord(u), ord(c), cython.typeof(ord(u)), cython.typeof(ord(c))

def total(str s):
    """
    >>> total('abc')
    294
    """
    cdef long t = 0
    for ch in s:
        t += ord(ch)
    return t
