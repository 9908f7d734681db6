# if / elif / else on C and Python truth values.
def sign(long x):
    """
    >>> sign(-5), sign(0), sign(7)
    (-1, 0, 1)
    """
    if x < 0:
        return -1
    elif x == 0:
        return 0
    else:
        return 1

def truthy(o):
    """
    >>> truthy([]), truthy([0]), truthy(""), truthy("a"), truthy(None)
    ('no', 'yes', 'no', 'yes', 'no')
    """
    if o:
        return "yes"
    return "no"

def combos(long a, b):
    """
    >>> combos(1, None), combos(0, 1), combos(0, 0), combos(2, 2)
    ('a', 'b', 'none', 'a')
    """
    if a and not b:
        return "a"
    elif not a and b:
        return "b"
    elif a or b:
        return "a"
    return "none"
