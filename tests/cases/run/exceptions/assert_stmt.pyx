# assert raises AssertionError, with the message when one is given.
def asserts(x):
    """
    >>> asserts(1)
    1
    >>> asserts(-1)
    Traceback (most recent call last):
    AssertionError: negative
    >>> asserts(0)
    Traceback (most recent call last):
    AssertionError
    """
    assert x != 0
    assert x > 0, "negative"
    return x
