# Generator methods of a Python class and of a cdef class (reading self's fields and C fields
# across yields), __iter__ written as a generator in a Python class, and a generator
# staticmethod.
# Expected outputs recorded from Cython 3.3.0.

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, int depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)


cdef class Range2:
    cdef int start, stop

    def __init__(self, int start, int stop):
        self.start = start
        self.stop = stop

    def items(self):
        cdef int i
        for i in range(self.start, self.stop):
            yield i

    def pairs(self):
        for i in self.items():
            yield i, i * i


class Util:
    @staticmethod
    def repeat(x, int n):
        cdef int i
        for i in range(n):
            yield x


def python_class():
    """
    >>> python_class()
    ([1, 2, 4, 3], [(0, 1), (1, 2), (2, 4), (1, 3)])
    """
    t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
    return list(t), list(t.depth_first())


def cdef_class():
    """
    >>> cdef_class()
    ([2, 3, 4], [(2, 4), (3, 9)])
    """
    r = Range2(2, 5)
    return list(r.items()), list(Range2(2, 4).pairs())


def fields_changed_between():
    """
    >>> fields_changed_between()
    [0, 1]
    """
    class Box:
        pass
    b = Box()
    b.items = [0]
    def g(box):
        for i in range(2):
            yield box.items[i]
    it = g(b)
    first = next(it)
    b.items = [0, 1]
    return [first, next(it)]


def static_generator():
    """
    >>> static_generator()
    ['x', 'x', 'x']
    """
    return list(Util.repeat('x', 3))
