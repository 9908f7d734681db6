# Pure Python mode's @cython.cclass on a class of a .pyx: the extension type `cdef class` makes,
# its annotated attributes (`count: cython.int`) C attributes, other class decorators kept;
# subclasses, special methods, cython.typeof(self).
# Expected outputs recorded from Cython 3.3.0.
import cython


@cython.cclass
class Counter:
    count: cython.int
    label: str

    def __init__(self, label, start=0):
        self.label = label
        self.count = start

    def bump(self, by: cython.int = 1):
        self.count += by
        return self.count

    def __repr__(self):
        return "%s(%s=%d)" % (type(self).__name__, self.label, self.count)

    def kinds(self):
        return cython.typeof(self), cython.typeof(self.count), cython.typeof(self.label)


@cython.cclass
class Limited(Counter):
    limit: cython.int

    def __init__(self, label, limit):
        Counter.__init__(self, label)
        self.limit = limit

    def bump(self, by: cython.int = 1):
        if self.count + by > self.limit:
            raise OverflowError("over %d" % self.limit)
        return Counter.bump(self, by)


@cython.freelist(4)
@cython.cclass
class Pooled:
    def __len__(self):
        return 3


def use():
    """
    >>> c, l = use()
    >>> c
    Counter(a=3)
    >>> c.kinds()
    ('Counter', 'int', 'str object')
    >>> l.bump(2)
    2
    >>> l.bump(5)
    Traceback (most recent call last):
    ...
    OverflowError: over 4
    >>> c.count
    Traceback (most recent call last):
    ...
    AttributeError: 'pure_cclass.Counter' object has no attribute 'count'
    >>> c.extra = 1
    Traceback (most recent call last):
    ...
    AttributeError: 'pure_cclass.Counter' object has no attribute 'extra'
    >>> isinstance(l, Counter), type(Counter).__name__, len(Pooled())
    (True, 'type', 3)
    """
    c = Counter('a', 1)
    c.bump(2)
    return c, Limited('b', 4)
