# is / is not / in / not in produce C truth values.
def checks(x, seq):
    """
    >>> checks(None, [None])
    (True, False, True, False)
    >>> checks(1, [2])
    (False, True, False, True)
    """
    return (x is None, x is not None, x in seq, x not in seq)

def in_dict(k, d):
    """
    >>> in_dict("a", {"a": 1}), in_dict("b", {"a": 1})
    (True, False)
    """
    return k in d
