# f-strings of C doubles and floats: Cython formats them in C as repr() without a spec and for
# [.precision](e|E|f|F|g|G), and formats the boxed float for other specs.
# Expected outputs recorded from Cython 3.3.0.
def defaults(double d):
    """
    >>> defaults(3.14159)
    ('3.14159', '3.14159', '3.14159')
    >>> defaults(2.0)
    ('2.0', '2.0', '2.0')
    >>> defaults(-0.0)
    ('-0.0', '-0.0', '-0.0')
    >>> defaults(1e22)
    ('1e+22', '1e+22', '1e+22')
    >>> defaults(1e-7)
    ('1e-07', '1e-07', '1e-07')
    >>> defaults(float('inf'))
    ('inf', 'inf', 'inf')
    >>> defaults(float('nan'))
    ('nan', 'nan', 'nan')
    """
    return f"{d}", f"{d!r}", f"{d!s}"

def c_specs(double d):
    """
    >>> c_specs(3.14159)
    ('3.142', '3.141590', '3.141590e+00', '3.14159', '3', '3.141590', '3.1', '3.14159', '3.141590E+00', '3.14e+00')
    >>> c_specs(123456789.123)
    ('123456789.123', '123456789.123000', '1.234568e+08', '1.23457e+08', '123456789', '123456789.123000', '1.2e+08', '1.23457E+08', '1.234568E+08', '1.23e+08')
    >>> c_specs(float('-inf'))
    ('-inf', '-inf', '-inf', '-inf', '-inf', '-INF', '-inf', '-INF', '-INF', '-inf')
    >>> c_specs(float('nan'))
    ('nan', 'nan', 'nan', 'nan', 'nan', 'NAN', 'nan', 'NAN', 'NAN', 'nan')
    """
    return f"{d:.3f}", f"{d:f}", f"{d:e}", f"{d:g}", f"{d:.0f}", f"{d:F}", f"{d:.2g}", f"{d:G}", f"{d:E}", f"{d:.2e}"

def python_specs(double d):
    """
    >>> python_specs(3.14159)
    ('     3.142', ' 3.14159', '314.16%', '3.14', '+3.1', '3.14159   ', '3.142', '003.14')
    >>> python_specs(-2.5)
    ('    -2.500', '    -2.5', '-250.00%', '-2.5', '-2.5', '-2.5      ', '-2.500', '-02.50')
    """
    return f"{d:10.3f}", f"{d:>8}", f"{d:.2%}", f"{d:.3}", f"{d:+.1f}", f"{d:<10}", f"{d:,.3f}", f"{d:06.2f}"

def conversion_ignored(double d):
    """
    >>> conversion_ignored(0.5)
    ('0.500', '5.000e-01', '0.5')
    """
    return f"{d!r:.3f}", f"{d!s:.3e}", f"{d!a}"

def floats(float f):
    """
    >>> floats(3.14159)
    ('3.141590118408203', '3.142', '    3.14')
    >>> floats(0.1)
    ('0.10000000149011612', '0.100', '    0.10')
    """
    return f"{f}", f"{f:.3f}", f"{f:8.2f}"

def precisions(double d, int p):
    """
    >>> precisions(2.0 / 3, 4)
    ('0.6667', '0.66667', '6.6667e-01')
    """
    return f"{d:.{p}f}", f"{d:.{p + 1}}", f"{d:.{p}e}"

def arithmetic(double a, double b):
    """
    >>> arithmetic(1.5, 0.25)
    '1.5 * 0.25 = 0.375; 1.5 / 0.25 = 6.0'
    """
    return f"{a} * {b} = {a * b}; {a} / {b} = {a / b}"

def big_precision(double d):
    """
    >>> big_precision(0.1)
    '0.1000000000000000055511151231257827021181583404541015625000'
    """
    return f"{d:.58f}"
