# Attribute get and set go through the object protocol.
def upper(s):
    """
    >>> upper("abc")
    'ABC'
    """
    return s.upper()

def real_imag(z):
    """
    >>> real_imag(3 + 4j)
    (3.0, 4.0)
    """
    return (z.real, z.imag)

def set_attr(o, v):
    """
    >>> class C: pass
    >>> c = C()
    >>> set_attr(c, 5).x
    5
    >>> set_attr(1, 2)
    Traceback (most recent call last):
    AttributeError: 'int' object has no attribute 'x'
    """
    o.x = v
    return o

def missing(o):
    """
    >>> missing(1)
    Traceback (most recent call last):
    AttributeError: 'int' object has no attribute 'nope'
    """
    return o.nope
