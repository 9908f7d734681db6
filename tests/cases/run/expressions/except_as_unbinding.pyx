# except E as e: at the end of the clause e is unbound (Python's 'e = None; del e'), whether or
# not it was bound before.


def unbound_after_clause(flag):
    """
    >>> unbound_after_clause(False)
    'not raised'
    >>> unbound_after_clause(True)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'e' referenced before assignment
    """
    e = 'not raised'
    try:
        if flag:
            raise ValueError
    except ValueError as e:
        pass
    return e


def not_unbound_when_not_caught():
    """
    >>> not_unbound_when_not_caught()
    'before'
    """
    e = 'before'
    try:
        pass
    except ValueError as e:
        pass
    return e


def rebound_in_clause_copy_survives():
    """
    >>> rebound_in_clause_copy_survives()
    'ValueError'
    """
    try:
        raise ValueError
    except ValueError as e:
        kept = e
    return type(kept).__name__


def return_inside_clause():
    """
    >>> return_inside_clause()
    'KeyError'
    """
    try:
        raise KeyError
    except KeyError as e:
        return type(e).__name__


def rebind_after_clause():
    """
    >>> rebind_after_clause()
    'again'
    """
    try:
        raise KeyError
    except KeyError as e:
        pass
    e = 'again'
    return e


def in_loop(int n):
    """
    >>> in_loop(3)
    3
    """
    cdef int count = 0
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError as err:
            count += 1
    return count
