# locals(), dir(), eval() and exec() of a source alone at module level (the module's dict) and in
# a function (a dict of its variables, C values boxed). Expected outputs recorded from Cython 3.3.0.

LOCALS = locals()
GLOBALS = globals()
DIR = dir()
MOD = eval('len(DIR) > 0')

def f(a, int b):
    """
    >>> f(1, 2)
    (3, ['a', 'b', 'c', 'd'], 6)
    >>> LOCALS is GLOBALS, 'LOCALS' in DIR, MOD
    (True, True, True)
    """
    c = 3
    d = None
    d = dir()
    return eval('a + b'), d, eval('a + b + c')
