# The assignment expression on Python objects: every reference balanced on every path.
def keep(x):
    """
    >>> keep([1])
    ([1], [1])
    """
    return ((y := x), y)

def stmt_level(x):
    """
    >>> stmt_level("v")
    'v'
    """
    (y := x)
    return y

def in_call(x):
    """
    >>> in_call([1, 2])
    (2, [1, 2])
    """
    return (len((y := x)), y)

def in_return(x):
    """
    >>> in_return("r")
    'r'
    """
    return (y := x)

def chain(x):
    """
    >>> chain(5)
    (5, 5, 5)
    """
    (a := (b := x))
    return (a, b, x)

def early(x, long flag):
    """
    >>> early("e", 1)
    'e'
    >>> early("e", 0)
    'late'
    """
    if (y := x) and flag:
        return y
    return "late"

def raises_after(x):
    """
    >>> raises_after([1])
    Traceback (most recent call last):
    IndexError: list index out of range
    """
    (y := x)
    return y[3]

def reassign_read(x):
    """
    >>> reassign_read(1)
    (1, 2)
    """
    y = x
    return (y, (y := y + 1))
