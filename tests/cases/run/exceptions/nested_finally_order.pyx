# Nested finally bodies run innermost first, on return and on exceptions.
def f(x, log):
    """
    >>> log = []
    >>> f(1, log), log
    (1, ['inner', 'outer'])
    >>> log = []
    >>> f(0, log)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    >>> log
    ['inner', 'outer']
    """
    try:
        try:
            return 1 // x
        finally:
            log.append('inner')
    finally:
        log.append('outer')
