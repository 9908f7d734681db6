# char* taken from bytes: s[i] is a C char (a Python int when returned), s[a:b] and s[:n] are
# bytes, <bytes>s and plain coercion stop at the first NUL, iteration over s[:n] gives C chars,
# c'x' literals, const char*, decoding to str.
# Expected outputs recorded from Cython 3.3.0.

def index(bytes b):
    """
    >>> index(b"hello")
    (104, 111, 'int')
    """
    cdef char *s = b
    first = s[0]
    return first, s[4], type(first).__name__

def slices():
    """
    >>> slices()
    (b'el', b'hello', b'llo', b'he')
    """
    cdef bytes b = b"hello"
    cdef char *s = b
    return s[1:3], s[:5], s[2:5], s[:2]

def slice_with_length(bytes b, Py_ssize_t n):
    """
    >>> slice_with_length(b"abcdef", 3)
    (b'abc', 3, 6)
    >>> slice_with_length(b"a\\x00b", 3)
    (b'a\\x00b', 3, 3)
    """
    cdef char *s = b
    r = s[:n]
    return r, len(r), len(b)

def to_bytes(bytes b):
    """
    >>> to_bytes(b"abc")
    (b'abc', b'abc', 'bytes')
    >>> to_bytes(b"ab\\x00cd")
    (b'ab', b'ab', 'bytes')
    """
    cdef char *s = b
    r = <bytes>s
    o = s
    return r, o, type(o).__name__

def iterate(bytes b):
    """
    >>> iterate(b"abc")
    ([97, 98, 99], 'int', 294)
    """
    cdef char *s = b
    cdef Py_ssize_t n = len(b)
    out = []
    total = 0
    for c in s[:n]:
        out.append(c)
        total += c
    return out, type(c).__name__, total

def iterate_typed(bytes b):
    """
    >>> iterate_typed(b"hello")
    2
    """
    cdef char *s = b
    cdef char c
    cdef int count = 0
    for c in s[:len(b)]:
        if c == c'l':
            count += 1
    return count

def char_literals(bytes b):
    """
    >>> char_literals(b"a-z")
    (True, True, False, 97, 'int')
    """
    cdef char *s = b
    lit = c'a'
    return s[0] == c'a', s[1] == c'-', s[2] == c'a', lit, type(lit).__name__

def count_until_nul(bytes b):
    """
    >>> count_until_nul(b"abc")
    3
    >>> count_until_nul(b"")
    0
    >>> count_until_nul(b"xy\\x00z")
    2
    """
    cdef const char *s = b
    cdef int n = 0
    while s[n] != c'\0':
        n += 1
    return n

def const_pointer(bytes b):
    """
    >>> const_pointer(b"xyz")
    (120, b'yz', b'xyz')
    """
    cdef const char *s = b
    return s[0], s[1:3], <bytes>s

def decode(bytes b):
    """
    >>> decode(b"hello")
    ('hello', 'str', 'ell')
    """
    cdef char *s = b
    t = s.decode('ascii')
    return t, type(t).__name__, s[1:4].decode('ascii')

def decode_slice(bytes b, Py_ssize_t n):
    """
    >>> decode_slice(b"caf\\xc3\\xa9!", 5)
    'café'
    """
    cdef char *s = b
    return s[:n].decode('utf-8')

def walk_pointer(bytes b):
    """
    >>> walk_pointer(b"abc")
    [99, 98, 97]
    """
    cdef char *s = b
    cdef char *p = s + len(b)
    out = []
    while p > s:
        p -= 1
        out.append(p[0])
    return out

def upper_copy(bytes b):
    """
    >>> upper_copy(b"Hello, World")
    b'HELLO, WORLD'
    """
    cdef bytearray out = bytearray(b)
    cdef char *s = out
    cdef Py_ssize_t i
    for i in range(len(out)):
        if c'a' <= s[i] <= c'z':
            s[i] = s[i] - 32
    return bytes(out)

def signed_chars(bytes b):
    """
    >>> signed_chars(b"\\xff\\x80A")
    (-1, -128, 65, 255)
    """
    cdef char *s = b
    cdef unsigned char *u = <unsigned char*>s
    return s[0], s[1], s[2], u[0]
