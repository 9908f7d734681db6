# Python classes defined inside functions: their bodies and methods closing over the function's
# variables (objects and C values), names and qualified names, super() through the class cell,
# nonlocal from a method, class names shadowing the function's, classes made in a loop,
# decorators and metaclasses, defaults evaluated in the class body, and methods defined in
# blocks of the body.
# Expected outputs recorded from Cython 3.3.0.

import functools

class ModuleBase(object):
    def describe(self):
        return 'module-base'

def make_point_class(int dims, label):
    """
    >>> P = make_point_class(3, 'pt')
    >>> p = P(1.5)
    >>> p.coords()
    [1.5, 1.5, 1.5]
    >>> p.label(), P.dims_doubled
    ('pt', 6)
    >>> P.__name__, P.__qualname__, P.__module__
    ('Point', 'make_point_class.<locals>.Point', 'local_classes')
    >>> P.coords.__qualname__
    'make_point_class.<locals>.Point.coords'
    >>> P.__doc__
    'A point of the dimension given.'
    """
    class Point:
        """A point of the dimension given."""
        dims_doubled = dims * 2
        def __init__(self, value):
            self.value = value
        def coords(self):
            return [self.value] * dims
        def label(self):
            return label
    return Point

def with_super():
    """
    >>> D = with_super()
    >>> D().hello()
    'base:derived'
    >>> D().describe()
    'module-base+local'
    >>> type(D()).__mro__[1].__name__
    'Base'
    """
    class Base(ModuleBase):
        def hello(self):
            return 'base'
        def describe(self):
            return super().describe() + '+local'
    class Derived(Base):
        def hello(self):
            return super().hello() + ':derived'
    return Derived

def class_cell_reference():
    """
    >>> K = class_cell_reference()
    >>> K().which() is K
    True
    """
    class K:
        def which(self):
            return __class__
    return K

def counter_class(int start):
    """
    >>> C = counter_class(10)
    >>> c = C()
    >>> c.bump(), c.bump(), C.peek()
    (11, 12, 12)
    """
    count = start
    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count
        @staticmethod
        def peek():
            return count
    return Counter

def shadowing():
    """
    >>> shadowing()
    ('class value', 'function value', 'function value')
    """
    x = 'function value'
    class K:
        x = 'class value'
        seen_in_body = x
        def method(self):
            return x
    return K.seen_in_body, K().method(), x

def classes_in_loop(n):
    """
    >>> classes = classes_in_loop(3)
    >>> [c().which() for c in classes]
    [0, 1, 2]
    >>> [c.late() for c in classes]
    [2, 2, 2]
    >>> len(set(classes))
    3
    """
    out = []
    for i in range(n):
        class Item:
            captured = i
            def which(self):
                return self.captured
            @classmethod
            def late(cls):
                return i
        out.append(Item)
    return out

def decorated(tag):
    """
    >>> K = decorated('t')
    >>> K.tag, K.__name__
    ('t', 'Tagged')
    """
    def add_tag(cls):
        cls.tag = tag
        return cls
    @add_tag
    class Tagged:
        pass
    return Tagged

class Registry(type):
    last = None
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        Registry.last = (name, sorted(kwargs.items()))
        return cls

def with_metaclass(flavour):
    """
    >>> M = with_metaclass('sweet')
    >>> type(M).__name__, Registry.last
    ('Registry', ('Meta', [('flavour', 'sweet')]))
    >>> M().f()
    'sweet'
    """
    class Meta(metaclass=Registry, flavour=flavour):
        def f(self):
            return flavour
    return Meta

def defaults_in_body(factor):
    """
    >>> D = defaults_in_body(5)
    >>> D().scaled(), D().scaled(2), D().offset()
    (50, 10, 105)
    >>> D.scaled.__defaults__, D.offset.__defaults__
    ((10,), (105,))
    """
    class D:
        base = 100
        def scaled(self, k=factor * 2):
            return k * factor
        def offset(self, v=base + factor):
            return v
    return D

def conditional_methods(flag):
    """
    >>> conditional_methods(True)().kind()
    'yes'
    >>> conditional_methods(False)().kind()
    'no'
    """
    class K:
        if flag:
            def kind(self):
                return 'yes'
        else:
            def kind(self):
                return 'no'
    return K

def self_reference():
    """
    >>> self_reference()
    (3, 'Node')
    """
    class Node:
        def __init__(self, child=None):
            self.child = child
        def depth(self):
            return 1 if self.child is None else 1 + self.child.depth()
        def again(self):
            return Node
    n = Node(Node(Node()))
    return n.depth(), n.again().__name__

def properties(double scale):
    """
    >>> T = properties(2.5)
    >>> t = T(4)
    >>> t.scaled
    10.0
    >>> t.scaled = 5.0
    >>> t.raw
    2.0
    """
    class T:
        def __init__(self, raw):
            self.raw = raw
        @property
        def scaled(self):
            return self.raw * scale
        @scaled.setter
        def scaled(self, v):
            self.raw = v / scale
    return T

def wraps_in_method():
    """
    >>> W = wraps_in_method()
    >>> w = W()
    >>> w.run(3), w.run.__name__, w.calls
    (6, 'run', 1)
    """
    def counted(f):
        @functools.wraps(f)
        def inner(self, *args):
            self.calls += 1
            return f(self, *args)
        return inner
    class W:
        calls = 0
        @counted
        def run(self, x):
            return x * 2
    return W

def instance_outlives(values):
    """
    >>> objs = instance_outlives([1, 2, 3])
    >>> [o.get() for o in objs]
    [1, 2, 3]
    >>> objs[0].total()
    6
    """
    total = sum(values)
    class Box:
        def __init__(self, v):
            self.v = v
        def get(self):
            return self.v
        def total(self):
            return total
    return [Box(v) for v in values]

def body_error():
    """
    >>> body_error()
    Traceback (most recent call last):
    ...
    ZeroDivisionError: integer division or modulo by zero
    """
    zero = 0
    class Broken:
        value = 1 // zero
    return Broken
