# cdef functions with bint and small integer results used in conditions and arithmetic.
cdef bint is_vowel(unsigned char c):
    return c in b'aeiou'

cdef unsigned char upper(unsigned char c):
    return c - 32 if 97 <= c <= 122 else c

def count_vowels(const unsigned char[:] s):
    """
    >>> count_vowels(b'hello world')
    (3, b'HELLO WORLD')
    """
    cdef int n = 0
    out = bytearray(s.shape[0])
    cdef Py_ssize_t i
    for i in range(s.shape[0]):
        if is_vowel(s[i]):
            n += 1
        out[i] = upper(s[i])
    return n, bytes(out)
