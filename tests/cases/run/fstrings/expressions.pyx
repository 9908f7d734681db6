# f-strings: any expression of the subset in a field (calls, subscripts, attributes, conditional
# expressions, := in parentheses, nested f-strings, tuples), f-strings in raise statements, cdef
# functions and extension types, and their evaluation order.
# Expected outputs recorded from Cython 3.3.0.
cdef class Point:
    cdef public double x, y
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

def points():
    """
    >>> points()
    ('Point(1.0, 2.5)', '<1.00, 2.50>', 'Point(1.0, 2.5)', '<1.0, 2.5>')
    """
    p = Point(1, 2.5)
    return f"{p!r}", f"{p:.2f}", repr(p), f"{p}"

def calls_and_subscripts(items, d):
    """
    >>> calls_and_subscripts([3, 1, 2], {"a": {"b": 5}})
    '3 items, max 3, sorted [1, 2, 3], first 3, last 2, d[a][b]=5, upper ABC'
    """
    return (f"{len(items)} items, max {max(items)}, sorted {sorted(items)}, first {items[0]}, last {items[-1]}, "
            f"d[a][b]={d['a']['b']}, upper {'abc'.upper()}")

def conditional(n):
    """
    >>> conditional(1), conditional(2)
    ('1 item', '2 items')
    """
    return f"{n} item{'s' if n != 1 else ''}"

def walrus(x):
    """
    >>> walrus(5)
    ('10 10', 10)
    """
    s = f"{(y := x * 2)} {y}"
    return s, y

def nested(x, w):
    """
    >>> nested("ab", 4)
    "[  ab] ['ab'] [x=  ab]"
    """
    return f"[{f'{x:>{w}}'}] [{f"{x!r}"}] [{f'x={f"{x:>{w}}"}'}]"

def tuples(a, b):
    """
    >>> tuples(1, "b")
    "(1, 'b') (1, 'b')"
    """
    return f"{a, b} {(a, b)}"

def raise_with_message(int code):
    """
    >>> raise_with_message(3)
    Traceback (most recent call last):
    ...
    ValueError: bad code 3 (0x03)
    """
    raise ValueError(f"bad code {code} ({code:#04x})")

cdef str describe(int i, double d):
    return f"{i}:{d:.1f}"

def from_cdef(int n):
    """
    >>> from_cdef(3)
    '0:0.0 1:0.5 2:1.0 '
    """
    s = ""
    for i in range(n):
        s += describe(i, i / 2) + " "
    return s

def typed_str(str s, t):
    """
    >>> typed_str("x", "y")
    'x-y'
    >>> typed_str(None, None)
    'None-None'
    """
    return f"{s}-{t}"

def error_in_field(d):
    """
    >>> error_in_field({})
    Traceback (most recent call last):
    ...
    KeyError: 'missing'
    """
    return f"value: {d['missing']} and more {len(d)}"

def evaluation_order():
    """
    >>> evaluation_order()
    ('1 2 3', [1, 2, 3])
    """
    log = []
    s = f"{log.append(1) or 1} {log.append(2) or 2} {log.append(3) or 3}"
    return s, log

def long_text(n):
    """
    >>> len(long_text(1000))
    1012
    >>> long_text(3)
    '<xxx|3|xxx>'
    """
    x = "x" * n
    return f"<{x}|{n}|{x}>"[:n + 12] if n > 10 else f"<{x}|{n}|{x}>"

def bytes_value(b):
    """
    >>> bytes_value(b"ab")
    "b'ab'"
    """
    return f"{b}"
