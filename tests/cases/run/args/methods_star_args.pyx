# *args, **kwargs and keyword-only parameters in methods: def methods of an extension type
# (self not counted in the messages), a static method, __call__ and __init__ of an extension
# type, and methods of a Python class. Expected outputs recorded from Cython 3.3.0.

cdef class Acc:
    cdef public list items

    def __init__(self, *initial, **options):
        self.items = list(initial)
        if options:
            self.items.append(sorted(options.items()))

    def add(self, *values, int times=1):
        for v in values:
            for _ in range(times):
                self.items.append(v)
        return len(self.items)

    def opts(self, first, /, **kw):
        return first, kw

    @staticmethod
    def pack(*args, **kwargs):
        return args, kwargs

    def __call__(self, int x, *rest, scale=1):
        return (x + sum(rest)) * scale


class Py:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

    def method(self, a, *rest, key=None, **extra):
        return a, rest, key, extra


def extension_methods():
    """
    >>> a = Acc(1, 2, tag='x')
    >>> a.items
    [1, 2, [('tag', 'x')]]
    >>> a.add(3, 4, times=2), a.items
    (7, [1, 2, [('tag', 'x')], 3, 3, 4, 4])
    >>> a.add()
    7
    >>> a.add(times='x')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> a.add(1, count=2)
    Traceback (most recent call last):
    TypeError: add() got an unexpected keyword argument 'count'
    >>> a.opts(1, first=2, b=3)
    (1, {'first': 2, 'b': 3})
    >>> a.opts()
    Traceback (most recent call last):
    TypeError: opts() takes exactly 1 positional argument (0 given)
    >>> Acc.pack(1, 2, k=3), a.pack()
    (((1, 2), {'k': 3}), ((), {}))
    >>> a(1), a(1, 2, 3), a(1, scale=3), a(1, 2, scale=2)
    (1, 6, 3, 6)
    >>> a()
    Traceback (most recent call last):
    TypeError: __call__() takes at least 1 positional argument (0 given)
    >>> a('1')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> Acc().items
    []
    """

def python_class_methods():
    """
    >>> p = Py(1, 2, k=3)
    >>> p.args, p.kwargs
    ((1, 2), {'k': 3})
    >>> p.method(1), p.method(1, 2, key=3, other=4)
    ((1, (), None, {}), (1, (2,), 3, {'other': 4}))
    >>> p.method()
    Traceback (most recent call last):
    TypeError: method() takes at least 2 positional arguments (1 given)
    >>> p.method(1, a=2)
    Traceback (most recent call last):
    TypeError: method() got multiple values for keyword argument 'a'
    >>> Py.method(p, 5, *[6, 7], **{'key': 8})
    (5, (6, 7), 8, {})
    """
