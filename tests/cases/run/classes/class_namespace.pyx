# The builtins that see the scope they run in, in a class body (the namespace): locals(), dir(),
# eval() and exec() of a source alone; and class statements with *bases and **keywords.
# Expected outputs recorded from Cython 3.3.0.

def f():
    """
    >>> K = f()
    True
    False
    True
    3
    >>> K.c
    3
    """
    hidden = 1
    class K:
        a = 1
        b = 2
        c = eval('a + b')
        print('a' in dir())
        print('hidden' in dir())
        print('c' in locals())
        exec('print(a + b)')
    return K

def g(*bases, **kw):
    """
    >>> g(list, metaclass=type)().__class__.__mro__[1]
    <class 'list'>
    """
    class M(*bases, **kw):
        pass
    return M
