# f-strings: format specs, literal and with nested replacement fields, applied by format() to
# objects (ints, floats, str, datetime, user types); run-time errors of bad specs.
# Expected outputs recorded from Cython 3.3.0.
import datetime

def literal_specs(n, s, x):
    """
    >>> literal_specs(1234567, "ab", 3.14159)
    ('1,234,567', '  1234567', '1234567  ', 'ab   ', '   ab', '*ab**', '3.14', '   3.142', '3.141590e+00', '314.16%')
    >>> literal_specs(-42, "", -0.5)
    ('-42', '      -42', '-42      ', '     ', '     ', '*****', '-0.50', '  -0.500', '-5.000000e-01', '-50.00%')
    """
    return (f"{n:,}", f"{n:>9}", f"{n:<9}", f"{s:<5}", f"{s:>5}", f"{s:*^5}", f"{x:.2f}", f"{x:8.3f}", f"{x:e}",
            f"{x:.2%}")

def int_presentations(n):
    """
    >>> int_presentations(255)
    ('ff', 'FF', '377', '11111111', '0xff', '+255', ' 255', 'ÿ', '255')
    """
    return f"{n:x}", f"{n:X}", f"{n:o}", f"{n:b}", f"{n:#x}", f"{n:+}", f"{n: }", f"{n:c}", f"{n:d}"

def nested(x, width, precision):
    """
    >>> nested(3.14159, 10, 3)
    '     3.142|3.14159   |3.142'
    >>> nested(2.5, 6, 1)
    '   2.5|2.5   |2.5'
    """
    return f"{x:{width}.{precision}f}|{x:<{width}}|{x:.{precision + 1}}"

def nested_fill_and_align(s, fill, align, width):
    """
    >>> nested_fill_and_align("mid", "-", "^", 9)
    '---mid---'
    >>> nested_fill_and_align("r", "0", ">", 3)
    '00r'
    """
    return f"{s:{fill}{align}{width}}"

def nested_with_conversion(x, spec):
    """
    >>> nested_with_conversion("q", ">5")
    "  'q'"
    """
    return f"{x!r:{spec}}"

def spec_from_expression(x, specs):
    """
    >>> spec_from_expression(7, {"w": 4})
    '   7|7   '
    """
    return f"{x:{specs['w']}}|{x:<{specs["w"]}}"

def empty_spec(x):
    """
    >>> empty_spec(5), empty_spec("s"), empty_spec(None)
    ('5', 's', 'None')
    """
    return f"{x:}"

def dates(d):
    """
    >>> dates(datetime.date(2024, 2, 29))
    '2024-02-29 (Thursday) 29.02.'
    """
    return f"{d:%Y-%m-%d} ({d:%A}) {d:%d.%m.}"

def bad_spec(x, spec):
    """
    >>> bad_spec(1, "q")
    Traceback (most recent call last):
    ...
    ValueError: Unknown format code 'q' for object of type 'int'
    >>> bad_spec("s", "d")
    Traceback (most recent call last):
    ...
    ValueError: Unknown format code 'd' for object of type 'str'
    >>> bad_spec(object(), "x")
    Traceback (most recent call last):
    ...
    TypeError: unsupported format string passed to object.__format__
    """
    return f"{x:{spec}}"

def bad_literal_spec(x):
    """
    >>> bad_literal_spec(1.5)
    Traceback (most recent call last):
    ...
    ValueError: Unknown format code 'd' for object of type 'float'
    """
    return f"{x:d}"

def spec_with_escapes(x):
    """
    >>> spec_with_escapes("a")
    'a\\t\\t'
    """
    return f"{x:\t<3}"
