# cython: language_level=2
# Python 2's print statement at language level 2, which Cython makes a call of the builtin:
# print(args..., file=stream, end=' ') (a trailing comma prints a space instead of the newline).
# Recorded from Cython 3.3.0.
import sys


def statements(a, b):
    """
    >>> statements(1, 'x')
    1 x
    1 x (1, 'x')
    <BLANKLINE>
    to stdout
    """
    print a, b
    print a,
    print b, (a, b)
    print
    print >>sys.stdout, "to", "stdout"


def to_stream(stream):
    """
    >>> import io
    >>> s = io.StringIO()
    >>> to_stream(s)
    >>> s.getvalue()
    'a b\\nc '
    """
    print >>stream, 'a', 'b'
    print >>stream, 'c',
