def first_key(d, wanted):
    """The first key of d whose value is wanted, or None; a loop with an early return.

    >>> first_key({'a': 1, 'b': 2}, 2)
    'b'
    """
    for k in d:
        v = d[k]
        if v == wanted:
            return k
    return None
