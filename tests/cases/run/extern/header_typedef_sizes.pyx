# Integer typedefs of a header converted by the header's size and signedness, whatever Cython is told
# (Cython's documentation: "you don't need to match the type exactly"): conversions both ways and
# their OverflowErrors, C arithmetic and casts in the header's types, struct fields, 128-bit typedefs.
# Expected outputs recorded from Cython 3.3.0.

cdef extern from *:
    """
    typedef unsigned char small_u;
    typedef signed char small_s;
    typedef unsigned long long big_u;
    typedef long long big_s;
    typedef unsigned short mid_u;
    typedef struct { big_u total; small_u flags; } counter_t;
    static big_u twice(big_u v) { return v * 2; }
    """
    ctypedef int small_u
    ctypedef int small_s
    ctypedef int big_u
    ctypedef long big_s
    ctypedef int mid_u "unsigned short"
    ctypedef struct counter_t:
        big_u total
        small_u flags
    big_u twice(big_u v)
    ctypedef long long wide_s "__int128_t"
    ctypedef unsigned long long wide_u "__uint128_t"

BIG_U_MAX = <big_u>-1
BIG_S_MAX = <big_s>((<big_u>-1) >> 1)
SMALL_U_MAX = <small_u>-1

def convert(kind, value):
    cdef small_u su
    cdef small_s ss
    cdef big_u bu
    cdef mid_u mu
    cdef wide_s ws
    cdef wide_u wu
    try:
        if kind == 'small_u':
            su = value
            return su
        if kind == 'small_s':
            ss = value
            return ss
        if kind == 'big_u':
            bu = value
            return bu
        if kind == 'mid_u':
            mu = value
            return mu
        if kind == 'wide_s':
            ws = value
            return ws
        wu = value
        return wu
    except (OverflowError, TypeError) as e:
        return type(e).__name__, str(e)

def arithmetic():
    cdef big_u u = <big_u>-1
    cdef small_u s = 200
    cdef small_u t = 100
    # C's own conversions: unsigned, as wide as the header says
    return (u > 0, u >> 1, s + t, <small_u>(s + t), u == BIG_U_MAX, <small_s>s)

def through_struct(big_u total, small_u flags):
    cdef counter_t c
    c.total = total
    c.flags = flags
    c.total += 1
    return c.total, c.flags, c

def call(big_u v):
    return twice(v)

def main():
    """
    >>> main()
    18446744073709551615 9223372036854775807 255
    small_u 0 0
    small_u 255 255
    small_u 256 ('OverflowError', 'value too large to convert to small_u')
    small_u -1 ('OverflowError', "can't convert negative value to small_u")
    small_s -128 -128
    small_s 127 127
    small_s 128 ('OverflowError', 'value too large to convert to small_s')
    small_s -129 ('OverflowError', 'value too large to convert to small_s')
    big_u 18446744073709551615 18446744073709551615
    big_u 18446744073709551616 ('OverflowError', 'Python int too large to convert to C unsigned long')
    big_u -1 ('OverflowError', "can't convert negative value to big_u")
    mid_u 65535 65535
    mid_u 65536 ('OverflowError', 'value too large to convert to unsigned short')
    mid_u -5 ('OverflowError', "can't convert negative value to unsigned short")
    wide_s 170141183460469231731687303715884105727 170141183460469231731687303715884105727
    wide_s -170141183460469231731687303715884105728 -170141183460469231731687303715884105728
    wide_s 170141183460469231731687303715884105728 ('OverflowError', 'int too big to convert')
    wide_s 7.5 7
    wide_u 340282366920938463463374607431768211455 340282366920938463463374607431768211455
    wide_u 340282366920938463463374607431768211456 ('OverflowError', 'int too big to convert')
    wide_u -1 ('OverflowError', "can't convert negative value to __uint128_t")
    (True, 9223372036854775807, 44, 44, True, -56)
    (18446744073709551615, 255, {'total': 18446744073709551615, 'flags': 255})
    OverflowError value too large to convert to small_u
    9223372036854775808 2
    """
    print(BIG_U_MAX, BIG_S_MAX, SMALL_U_MAX)
    for kind, values in [('small_u', [0, 255, 256, -1]), ('small_s', [-128, 127, 128, -129]),
                         ('big_u', [2**64 - 1, 2**64, -1]), ('mid_u', [65535, 65536, -5]),
                         ('wide_s', [2**127 - 1, -2**127, 2**127, 7.5]), ('wide_u', [2**128 - 1, 2**128, -1])]:
        for v in values:
            print(kind, v, convert(kind, v))
    print(arithmetic())
    print(through_struct(2**64 - 2, 255))
    try:
        through_struct(0, 256)
    except OverflowError as e:
        print('OverflowError', e)
    print(call(2**62), call(2**63 + 1))

