# f-strings of C integers: Cython formats them in C for a spec it reads as
# [>|-][0][width](d|x|X|o|c) (any conversion is then ignored) and formats the boxed int for
# other specs; every C integer type, negative values, padding, %c out of range.
# Expected outputs recorded from Cython 3.3.0.
def defaults(int i, long l, unsigned int u, Py_ssize_t n, long long ll, short s, unsigned long long ull, size_t z):
    """
    >>> defaults(42, -7, 3000000000, -12345, -2**63, -3, 2**64 - 1, 0)
    ('42', '-7', '3000000000', '-12345', '-9223372036854775808', '-3', '18446744073709551615', '0')
    """
    return f"{i}", f"{l}", f"{u}", f"{n}", f"{ll}", f"{s}", f"{ull}", f"{z}"

def c_specs(int i):
    """
    >>> c_specs(42)
    ('42', '2a', '2A', '52', '   42', '00042', '   42', '0002a', '   2a', '42', '00000042')
    >>> c_specs(-255)
    ('-255', '-ff', '-FF', '-377', ' -255', '-0255', ' -255', '-00ff', '  -ff', '-255', '-0000255')
    >>> c_specs(0)
    ('0', '0', '0', '0', '    0', '00000', '    0', '00000', '    0', ' 0', '00000000')
    """
    return f"{i:d}", f"{i:x}", f"{i:X}", f"{i:o}", f"{i:>5}", f"{i:05}", f"{i:-5}", f"{i:05x}", f"{i:5x}", f"{i:2}", f"{i:08d}"

def python_specs(int i):
    """
    >>> python_specs(42)
    ('42   ', ' 42  ', '+42', '0x2a', ' 42', '101010', '4.200000e+01', '   42', '**42')
    >>> python_specs(-1234)
    ('-1234', '-1234', '-1234', '-0x4d2', '-1234', '-10011010010', '-1.234000e+03', '-1234', '-1234')
    """
    return f"{i:<5}", f"{i:^5}", f"{i:+d}", f"{i:#x}", f"{i: d}", f"{i:b}", f"{i:e}", f"{i:=5}", f"{i:*>4}"

def grouping(long long v):
    """
    >>> grouping(1234567)
    ('1,234,567', '1_234_567', '12_d687')
    """
    return f"{v:,}", f"{v:_}", f"{v:_x}"

def conversion_ignored(int i):
    """
    >>> conversion_ignored(5)
    ('5', '5', '5', '    5', '5    ')
    """
    return f"{i!r}", f"{i!s}", f"{i!a}", f"{i!r:>5}", f"{i!r:<5}"

def extremes(long long lo, long long hi, unsigned long long u):
    """
    >>> extremes(-2**63, 2**63 - 1, 2**64 - 1)
    ('-8000000000000000', '7fffffffffffffff', 'ffffffffffffffff', '-1000000000000000000000', '1777777777777777777777')
    """
    return f"{lo:x}", f"{hi:x}", f"{u:x}", f"{lo:o}", f"{u:o}"

def small_types(signed char sc, unsigned char uc, short s, unsigned short us):
    """
    >>> small_types(-128, 255, -32768, 65535)
    ('-128', '-80', '255', 'ff', '-32768', '-8000', '65535', 'ffff')
    """
    return f"{sc}", f"{sc:x}", f"{uc}", f"{uc:x}", f"{s}", f"{s:x}", f"{us}", f"{us:x}"

def characters(int i):
    """
    >>> characters(65)
    ('A', '  A', '00A', 'A')
    >>> characters(0x1F600)
    ('😀', '  😀', '00😀', '😀')
    >>> characters(0)
    ('\\x00', '  \\x00', '00\\x00', '\\x00')
    >>> characters(-1)
    Traceback (most recent call last):
    ...
    OverflowError: %c arg not in range(0x110000)
    >>> characters(0x110000)
    Traceback (most recent call last):
    ...
    OverflowError: %c arg not in range(0x110000)
    """
    return f"{i:c}", f"{i:3c}", f"{i:03c}", f"{i:>c}"

def arithmetic(int a, int b):
    """
    >>> arithmetic(7, 2)
    '7 + 2 = 9, 7 // 2 = 3, 7 / 2 = 3.5'
    """
    return f"{a} + {b} = {a + b}, {a} // {b} = {a // b}, {a} / {b} = {a / b}"

def widths(int i, int w):
    """
    >>> widths(3, 4)
    ('   3', '0003', '3   ')
    """
    return f"{i:{w}}", f"{i:0{w}}", f"{i:<{w}}"

def inferred(n):
    """
    >>> inferred(3)
    '0,1,2,'
    """
    s = ""
    cdef int k
    for k in range(n):
        s = s + f"{k},"
    return s
