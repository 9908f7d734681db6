# Calls with *iterable and **mapping arguments of any callee (functions of the module, builtins,
# classes): any iterable or mapping, a lone *x or **x, mixed with positional and keyword
# arguments, the order in which the arguments are evaluated, and Cython's errors: an argument
# that is not iterable, None after **, a keyword given twice (Cython names the callee
# 'function'), keywords that are not strings. Expected outputs recorded from Cython 3.3.0.

def g(*args, **kw):
    return args, kw

def h(a, b=2):
    return a, b

class M:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2

def c1(x): return g(*x)
def c2(x): return g(**x)
def c3(a, b, d): return g(a, *b, c=1, **d)
def c4(x): return g(a=1, **x)
def c5(x, y): return g(**x, **y)
def c6(x): return h(*x)
def c7(x, y): return g(*x, *y, 5)
def c8(x): return g(1, *x, k=2)
def c9(x): return h(1, **x)
def c10(x): return len(*x)
def c11(x): return g(*x, a=1, *x)

def calls():
    """
    >>> c1((1, 2))
    ((1, 2), {})
    >>> c1([1, 2])
    ((1, 2), {})
    >>> c1(iter('ab'))
    (('a', 'b'), {})
    >>> c1(1)
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    >>> c1(None)
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not iterable
    >>> c2({'a': 1})
    ((), {'a': 1})
    >>> c2(1)
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    >>> c2(None)
    Traceback (most recent call last):
    TypeError: argument after ** must be a mapping, not NoneType
    >>> c2({1: 2})
    Traceback (most recent call last):
    TypeError: keywords must be strings
    >>> c2(M())
    ((), {'x': 'xx', 'y': 'yy'})
    >>> c3(0, (1, 2), {'e': 3})
    ((0, 1, 2), {'c': 1, 'e': 3})
    >>> c3(0, (1, 2), {'c': 3})
    Traceback (most recent call last):
    TypeError: function() got multiple values for keyword argument 'c'
    >>> c4({'a': 2})
    Traceback (most recent call last):
    TypeError: function() got multiple values for keyword argument 'a'
    >>> c4({'b': 2})
    ((), {'a': 1, 'b': 2})
    >>> c5({'a': 1}, {'a': 2})
    Traceback (most recent call last):
    TypeError: function() got multiple values for keyword argument 'a'
    >>> c5({'a': 1}, {'b': 2})
    ((), {'a': 1, 'b': 2})
    >>> c5({'a': 1}, 3)
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    >>> c6((1,))
    (1, 2)
    >>> c6((1, 2, 3))
    Traceback (most recent call last):
    TypeError: h() takes at most 2 positional arguments (3 given)
    >>> c6(())
    Traceback (most recent call last):
    TypeError: h() takes at least 1 positional argument (0 given)
    >>> c7([1], (2,))
    ((1, 2, 5), {})
    >>> c8(())
    ((1,), {'k': 2})
    >>> c9({'b': 5})
    (1, 5)
    >>> c9({'a': 5})
    Traceback (most recent call last):
    TypeError: h() got multiple values for keyword argument 'a'
    >>> c10(['abc'])
    3
    >>> c11([1])
    ((1, 1), {'a': 1})
    >>> c4(M())
    ((), {'a': 1, 'x': 'xx', 'y': 'yy'})
    >>> c2({'x': 1}) is c2({'x': 1})
    False
    """

LOG = []

def note(x):
    LOG.append(x)
    return x

def eval_order():
    """
    >>> eval_order()
    (((1, 2), {'k': 3, 'm': 4}), [1, (2,), 3, {'m': 4}])
    """
    del LOG[:]
    r = g(note(1), *note((2,)), k=note(3), **note({'m': 4}))
    return r, LOG

def builtins_and_classes(x, kw):
    """
    >>> builtins_and_classes([3, 1, 2], {'reverse': True})
    (3, [3, 2, 1], {'reverse': True}, 'M', [3, 1, 2], 3)
    """
    return max(*x), sorted(x, **kw), dict(**kw), type(M(*())).__name__, list(*[x]), len(*[x])

def call_attribute(s, parts):
    """
    >>> call_attribute('-', ['a', 'b'])
    'a-b'
    >>> call_attribute('{a}/{b}', {'a': 1, 'b': 2})
    '1/2'
    """
    if isinstance(parts, dict):
        return s.format(**parts)
    return s.join(*[parts])

def in_loop(n):
    """
    >>> in_loop(3)
    [((), {'i': 0}), ((0,), {'i': 1}), ((0, 1), {'i': 2})]
    """
    out = []
    for i in range(n):
        out.append(g(*range(i), **{'i': i}))
    return out
