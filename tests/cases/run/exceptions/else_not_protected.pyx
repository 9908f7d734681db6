# An exception raised in the else clause is not caught by the handlers of the same try.
def f(x):
    """
    >>> f(1)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    >>> f(0)
    'handled'
    """
    try:
        y = 1 // x
    except ZeroDivisionError:
        return 'handled'
    else:
        return y // (y - 1)
