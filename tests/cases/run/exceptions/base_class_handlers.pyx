# Handlers catch subclasses: LookupError takes KeyError and IndexError, ArithmeticError takes
# ZeroDivisionError; Exception takes them all.
def classify(op, x):
    """
    >>> [classify(o, 0) for o in ('key', 'index', 'div', 'type', 'ok')]
    ['lookup', 'lookup', 'arith', 'other', 'fine']
    """
    try:
        if op == 'key':
            {}[x]
        elif op == 'index':
            [][x]
        elif op == 'div':
            1 // x
        elif op == 'type':
            len(x)
    except LookupError:
        return 'lookup'
    except ArithmeticError:
        return 'arith'
    except Exception:
        return 'other'
    return 'fine'
