# A finally body runs after a return and when an exception passes through.
def fin(x, log):
    """
    >>> log = []
    >>> fin(1, log), log
    (1.0, ['finally'])
    >>> fin(0, log)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> log
    ['finally', 'finally']
    """
    try:
        return 1 / x
    finally:
        log.append('finally')
