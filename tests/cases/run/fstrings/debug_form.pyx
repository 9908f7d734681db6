# f-strings: the '=' debugging form prints the expression as written (spaces kept), then its
# repr() unless a conversion or a format spec says otherwise.
# Expected outputs recorded from Cython 3.3.0.
def simple(x):
    """
    >>> simple("s")
    "x='s'"
    >>> simple(1.5)
    'x=1.5'
    """
    return f"{x=}"

def spaces_kept(x):
    """
    >>> spaces_kept("s")
    "x = 's' | x= 's' | x =s"
    """
    return f"{x = } | {x= } | {x =!s}"

def with_conversion_and_spec(x):
    """
    >>> with_conversion_and_spec("ab")
    ("x =       'ab'", 'x=ab        ', 'x=---ab')
    """
    return f"{x = !r:>10}", f"{x=!s:10}", f"{x=:->5}"

def spec_means_format(x):
    """
    >>> spec_means_format(3.14159)
    'x=3.14 | x=3.14159'
    >>> spec_means_format("t")
    Traceback (most recent call last):
    ...
    ValueError: Unknown format code 'f' for object of type 'str'
    """
    return f"{x=:.2f} | {x=!s}"

def expressions(a, b, d):
    """
    >>> expressions(2, 3, {"k": [1]})
    "a + b=5, a*b = 6, d['k']=[1], (a, b)=(2, 3)"
    """
    return f"{a + b=}, {a*b = }, {d['k']=}, {(a, b)=}"

def comparison_is_not_debug(a, b):
    """
    >>> comparison_is_not_debug(1, 1)
    'True False True a==b=True'
    """
    return f"{a == b} {a != b} {a >= b} {a==b=}"

def multiline(x):
    """
    >>> multiline(4)
    'x\\n  + 1=5'
    """
    return f"""{x
  + 1=}"""

def c_values(int i, double d, bint b):
    """
    >>> c_values(7, 0.25, True)
    'i=7 d=0.25 b=True i=      7 d=0.250'
    """
    return f"{i=} {d=} {b=} {i=:7} {d=:.3f}"
