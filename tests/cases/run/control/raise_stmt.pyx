# raise with classes, instances, causes; errors raised after values were created are clean.
# The message for raising a non-exception is Cython 3.3.0's (CPython says "exceptions must derive from BaseException").
def r_class():
    """
    >>> r_class()
    Traceback (most recent call last):
    ValueError
    """
    raise ValueError

def r_instance(msg):
    """
    >>> r_instance("bad thing")
    Traceback (most recent call last):
    KeyError: 'bad thing'
    """
    raise KeyError(msg)

def r_cause():
    """
    >>> try:
    ...     r_cause()
    ... except RuntimeError as e:
    ...     print(type(e.__cause__).__name__, e.__cause__)
    ValueError inner
    """
    raise RuntimeError("outer") from ValueError("inner")

def r_not_exception():
    """
    >>> r_not_exception()
    Traceback (most recent call last):
    TypeError: raise: exception class must be a subclass of BaseException
    """
    raise 5

def after_values(x):
    """
    >>> after_values([1, 2])
    Traceback (most recent call last):
    IndexError: list index out of range
    """
    a = [x, x]
    b = (a, "text")
    return b[0][0][5]

def reraise_active():
    """
    >>> try:
    ...     raise KeyError("k")
    ... except KeyError:
    ...     reraise_active()
    Traceback (most recent call last):
    KeyError: 'k'
    >>> reraise_active()
    Traceback (most recent call last):
    RuntimeError: No active exception to reraise
    """
    raise
