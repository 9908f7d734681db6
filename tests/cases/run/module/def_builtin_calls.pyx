# DEF constants computed with Python's builtins and str/bytes methods, as Cython's compile-time
# scope offers them (int, float, str, max, min, sum, len, abs, chr, ord, round, hex, tuple...),
# lists as intermediate values, Ellipsis, and float('nan') / float('inf') as C doubles.
# Expected outputs recorded from Cython 3.3.0.

DEF TWO = int("2")
DEF SIXTEEN = int(float(2 * 2)) + int(str(2)) + int(max(1, 2, 3)) + sum([2, 5])
DEF LOWEST = min((7, 3, 9))
DEF LENGTH = len("spam") + len((1, 2)) + len([1, 2, 3]) + len(b"xy")
DEF MAGNITUDE = abs(-12)
DEF LETTER = chr(ord("a") + 2)
DEF ROUNDED = (round(2.5), round(3.5), round(-0.5))
DEF HEX = hex(255)
DEF TEXT = str(12) + str(1.5) + str(None) + str(True)
DEF AS_TUPLE = tuple([1, 2]) + tuple("ab")
DEF ROUND_TRIP = u"spam-u".encode("ascii").decode("latin1").upper()
DEF REPEATED = "ab" * 3
DEF SLICED = "abcdef"[1:5:2]
DEF BYTE = b"xyz"[1]
DEF HAS = "b" in ("a", "b") and 3 not in (1, 2)
DEF NOTHING = None
DEF ELLIPSIS = ...
DEF FLOAT_NAN = float("nan")
DEF FLOAT_INF = float("+inf")
DEF FLOAT_NINF = float("-Infinity")
DEF SMALL = 1e-20
DEF LARGE = 2.5e300


def values():
    """
    >>> values()
    (2, 16, 3, 11, 12, 'c', (2, 4, 0), '0xff', '121.5NoneTrue', (1, 2, 'a', 'b'), 'SPAM-U', 'ababab', 'bd', 121, True)
    """
    return TWO, SIXTEEN, LOWEST, LENGTH, MAGNITUDE, LETTER, ROUNDED, HEX, TEXT, AS_TUPLE, ROUND_TRIP, REPEATED, SLICED, BYTE, HAS


def specials():
    """
    >>> specials()
    (None, Ellipsis)
    """
    return NOTHING, ELLIPSIS


def c_doubles():
    """
    >>> c_doubles()
    (nan, inf, -inf, 1e-20, 2.5e+300)
    """
    cdef double a = FLOAT_NAN, b = FLOAT_INF, c = FLOAT_NINF, d = SMALL, e = LARGE
    return a, b, c, d, e


def objects():
    """
    >>> objects()
    (nan, inf, -inf)
    """
    cdef object a = FLOAT_NAN, b = FLOAT_INF, c = FLOAT_NINF
    return a, b, c


def c_int():
    """
    >>> c_int()
    33
    """
    cdef int i = SIXTEEN * 2 + MAGNITUDE // 12
    return i
