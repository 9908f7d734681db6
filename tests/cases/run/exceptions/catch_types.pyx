# Except clauses match by class and by tuple; `as` binds the exception.
def catch(x):
    """
    >>> catch(0)
    'zero'
    >>> catch(2)
    0.5
    >>> catch('a')
    'type'
    """
    try:
        return 1 / x
    except ZeroDivisionError:
        return 'zero'
    except (TypeError, ValueError) as e:
        return 'type'
