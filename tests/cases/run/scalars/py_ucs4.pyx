# Py_UCS4: a code point that is a C integer in casts and comparisons (with C numbers and
# one-character literals) and a one-character str everywhere Python sees it (operators, calls,
# containers, f-strings, indexing); conversions from str and int with Cython's errors.
# Expected outputs: Cython 3.3.0 (python3 cython.py -3).
cimport cython

def conv(x):
    """
    >>> conv('a'), conv(97), conv(1.5)
    ('a', 'a', '\\x01')
    >>> conv('ab')
    Traceback (most recent call last):
    ValueError: only single character unicode strings can be converted to Py_UCS4, got length 2
    >>> conv('')
    Traceback (most recent call last):
    ValueError: only single character unicode strings can be converted to Py_UCS4, got length 0
    >>> conv(-1)
    Traceback (most recent call last):
    OverflowError: cannot convert negative value to Py_UCS4
    >>> conv(0x110000)
    Traceback (most recent call last):
    OverflowError: value too large to convert to Py_UCS4
    >>> conv(None)
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> conv(b'a')
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    cdef Py_UCS4 c = x
    return c

def arg(Py_UCS4 c):
    """
    >>> arg('a')
    ('a', 97, 98, True, True, True, 'Py_UCS4')
    """
    return c, <int>c, <long>c + 1, c == u'a', c == 97, c < u'b', cython.typeof(c)

def lit():
    """
    >>> lit()
    ('€', 'x', 8364)
    """
    cdef Py_UCS4 c = u'\u20ac'
    cdef Py_UCS4 d = 'x'
    return c, d, <int>c

def as_str(Py_UCS4 a, Py_UCS4 b):
    """
    >>> as_str('a', 'B')
    ('aB', 'aa', 'a', 1, True, False, ['a'], ('a',), {'a': 1}, 'a', 'a')
    >>> as_str('a', 'B') == as_str('a', 'B')
    True
    """
    return a + b, a * 2, str(a), len(a), a in u"abc", a.isupper(), [a], (a,), {a: 1}, f"{a}", a[0]

def plus_int(Py_UCS4 a):
    """
    >>> plus_int('a')
    Traceback (most recent call last):
    TypeError: can only concatenate str (not "int") to str
    """
    return a + 1

def compare(Py_UCS4 a, int i):
    """
    >>> compare('a', 97)
    (True, False)
    """
    return a == i, a > i

def from_c_int(int i):
    """
    >>> from_c_int(98)
    'b'
    >>> from_c_int(-5)
    Traceback (most recent call last):
    ValueError: chr() arg not in range(0x110000)
    """
    cdef Py_UCS4 c = i
    return c

def astral():
    """
    >>> astral()
    (True, 74565, 1)
    """
    cdef Py_UCS4 c = u'\U00012345'
    return c == 0x12345, <long>c, len(c)

def inferred(Py_UCS4 a):
    """
    >>> inferred('z')
    ('Py_UCS4', 'z')
    """
    x = a
    return cython.typeof(x), x
