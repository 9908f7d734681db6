# Exceptions raised inside comprehensions and generator expressions propagate out of them; the
# partially built result is dropped, the enclosing function's locals are intact, and a
# try/except around the comprehension catches them.
# Expected outputs recorded from Cython 3.3.0.

def division(items):
    """
    >>> division([1, 2])
    [1.0, 0.5]
    >>> division([1, 0])
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    return [1 / x for x in items]


def caught(items):
    """
    >>> caught([1, 'x', 3])
    ('ValueError', "invalid literal for int() with base 10: 'x'")
    """
    try:
        return [int(x) for x in items]
    except ValueError as e:
        return 'ValueError', str(e)


def in_condition():
    """
    >>> in_condition()
    Traceback (most recent call last):
    KeyError: 'b'
    """
    d = {'a': 1}
    return [k for k in 'ab' if d[k]]


def in_genexpr_consumer():
    """
    >>> in_genexpr_consumer()
    ('caught', [0, 1])
    """
    seen = []
    def item(int i):
        if i == 2:
            raise RuntimeError('stop')
        seen.append(i)
        return i
    try:
        sum(item(i) for i in range(5))
    except RuntimeError:
        return 'caught', seen


def locals_intact():
    """
    >>> locals_intact()
    ('kept', 'IndexError')
    """
    x = 'kept'
    items = [1]
    try:
        r = [items[i] for i in range(3)]
    except IndexError as e:
        return x, type(e).__name__


def dict_key_error():
    """
    >>> dict_key_error()
    Traceback (most recent call last):
    TypeError: unhashable type: 'list'
    """
    return {k: 1 for k in [[1]]}
