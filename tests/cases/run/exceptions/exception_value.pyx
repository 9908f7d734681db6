# The bound exception is the instance raised, with its message.
def exc_value(x):
    """
    >>> exc_value(0)
    ('ZeroDivisionError', 'division by zero')
    """
    try:
        1 / x
    except ZeroDivisionError as e:
        return type(e).__name__, str(e)
