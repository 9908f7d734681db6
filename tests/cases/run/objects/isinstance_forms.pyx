# isinstance with one class and with a tuple of classes.
def kinds(x):
    """
    >>> [kinds(v) for v in (1, 2.5, 'a', [1], None)]
    ['number', 'number', 'text', 'other', 'other']
    """
    if isinstance(x, (int, float)):
        return 'number'
    if isinstance(x, str):
        return 'text'
    return 'other'
