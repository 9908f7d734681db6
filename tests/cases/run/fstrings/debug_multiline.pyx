# The '=' form of a replacement field spread over lines: the text shown is the expression as
# written, newlines kept and comments left out (Python 3.12's rule, which Cython 3.3 follows).
# Expected outputs recorded from Cython 3.3.0.

def with_comment():
    """
    >>> with_comment()
    '1+2 = \\n  3'
    """
    return f"{1+2 = # my comment
  }"

def hash_in_string(x):
    """
    >>> hash_in_string(5)
    "x + len('#') = 6"
    """
    return f"{x + len('#') = }"
