# Calls of Python callables with positional and keyword arguments.
def f(x):
    """
    >>> f([3, 1, 2])
    ([3, 2, 1], 'a-b', '1|2')
    """
    return sorted(x, reverse=True), '-'.join(['a', 'b']), '|'.join(map(str, [1, 2]))

def g():
    """
    >>> g()
    a:b;
    """
    print('a', 'b', sep=':', end=';\n')
