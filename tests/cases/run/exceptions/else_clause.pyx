# The else clause runs only when the body raised nothing.
def else_clause(x):
    """
    >>> else_clause(1), else_clause(0)
    ('else 1.0', 'except')
    """
    try:
        y = 1 / x
    except ZeroDivisionError:
        return 'except'
    else:
        return 'else ' + str(y)
