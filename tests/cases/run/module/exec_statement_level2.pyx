# cython: language_level=2
# Python 2's exec statement at language level 2: `exec code` runs in the module's globals and the
# scope's names (a function's locals as a dict, a class body's namespace), `exec code in g` and
# `exec code in g, l` in the namespaces given; the tuple form `exec(code, g)` too; a code object;
# a bad argument is Cython's TypeError. Recorded from Cython 3.3.0.

exec "GLOBAL = 1234"


def module_scope():
    """
    >>> module_scope()
    1234
    """
    return globals()['GLOBAL']


def function_scope():
    """
    >>> sorted(function_scope().items())
    [('G', 1234), ('a', 'b')]
    """
    d = {}
    exec "d['a'] = 'b'; d['G'] = GLOBAL"
    return d


def class_scope():
    """
    >>> C = class_scope()
    >>> C.a, C.G
    ('b', 1234)
    """
    class C:
        exec "a = 'b'; G = GLOBAL"
    return C


def namespaces():
    """
    >>> namespaces()
    (2, 7, [('a', 3), ('b', 7)], 4)
    """
    g = {}
    exec u"b = 1 + 1" in g
    g2, l2 = {'c': 4}, {'a': 3}
    exec u"b = a + c" in g2, l2
    d = {}
    exec(u"b = c * 2", {'c': 2}, d)
    return g['b'], l2['b'], sorted(l2.items()), d['b']


def code_object():
    """
    >>> code_object()
    5
    """
    c = compile(u"b = a + 2", u"<string>", u"exec")
    d = {'a': 3}
    exec c in d
    return d['b']


def bad_code(x):
    """
    >>> bad_code(42)
    Traceback (most recent call last):
    TypeError: exec: arg 1 must be string, bytes or code object, got int
    """
    exec x in {}


def bad_globals():
    """
    >>> bad_globals()
    Traceback (most recent call last):
    TypeError: exec() arg 2 must be a dict, not list
    """
    exec "x = 1" in []


def none_globals():
    """
    >>> none_globals()
    5678
    """
    exec "NONE_GLOBAL = 5678" in None
    return globals()['NONE_GLOBAL']
