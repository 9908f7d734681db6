# f-strings of bint and char values, and of a void call: a bint prints True/False without a
# spec and as an integer with one (also after !r, as Cython formats it in C); a char is an
# integer; a call of a void function prints None.
# Expected outputs recorded from Cython 3.3.0.
def bints(bint b):
    """
    >>> bints(True)
    ('True', 'True', 'True', 'True', '1', '    1', '1    ', '     1', '1', '1', 'True')
    >>> bints(False)
    ('False', 'False', 'False', 'False', '0', '    0', '0    ', '     0', '0', '0', 'False')
    """
    return f"{b}", f"{b!r}", f"{b!s}", f"{b:}", f"{b:d}", f"{b:>5}", f"{b:<5}", f"{b!r:>6}", f"{b:x}", f"{b:o}", f"{b!a}"

def comparisons(int a, int b):
    """
    >>> comparisons(1, 2)
    'True False True'
    """
    return f"{a < b} {a == b} {not a == b}"

def chars(char c, unsigned char uc, signed char sc):
    """
    >>> chars(65, 200, -5)
    ('65', 'A', '65', '  65', '41', '200', 'È', '-5', '-5')
    """
    return f"{c}", f"{c:c}", f"{c!r}", f"{c:4}", f"{c:x}", f"{uc}", f"{uc:c}", f"{sc}", f"{sc:d}"

def char_out_of_range(signed char sc):
    """
    >>> char_out_of_range(-1)
    Traceback (most recent call last):
    ...
    OverflowError: %c arg not in range(0x110000)
    """
    return f"{sc:c}"

CALLS = [0]

cdef void bump():
    CALLS[0] = 1

def void_call():
    """
    >>> void_call()
    ('[None]', 1)
    """
    CALLS[0] = 0
    s = f"[{bump()}]"
    return s, CALLS[0]
