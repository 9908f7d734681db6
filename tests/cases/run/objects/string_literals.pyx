# str and bytes literals, concatenation, formatting and methods.
def f(name):
    """
    >>> f('pyxc')
    ('hello pyxc', b'ab', 'PYXC', 5, 'x=3')
    """
    return 'hello ' + name, b'a' + b'b', name.upper(), len('hello'), 'x=%d' % 3
