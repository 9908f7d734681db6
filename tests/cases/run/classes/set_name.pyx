# __set_name__(self, owner, name) of a cdef class (and of a Python class) whose instances are class
# attributes: in a Python class body type.__new__ calls it once per final attribute after the
# body ran; Cython also calls it for attributes of a cdef class body, at the assignment itself
# (interleaved with the body's statements, again when a name is reassigned, and looked up on the
# value, so an instance attribute named __set_name__ is called too); __set_name__ with typed
# parameters, raising from it (Python 3.11 wraps the error in RuntimeError); __init_subclass__ in
# Python classes: implicit classmethod, class keyword arguments, an explicit @classmethod, chains
# through super(), Python subclasses of a cdef class, object.__init_subclass__ refusing keywords.
# Expected outputs recorded from Cython 3.3.0.

import types

log = []


cdef class Named:
    cdef public str name
    cdef public object owner

    def __set_name__(self, owner, name):
        log.append(('Named', owner.__name__, name))
        self.name = name
        self.owner = owner

    def __get__(self, instance, owner):
        return ('Named', self.name)


class PyNamed:
    def __set_name__(self, owner, name):
        log.append(('PyNamed', owner.__name__, name))


by_instance_attribute = types.SimpleNamespace(
    __set_name__=lambda owner, name: log.append(('namespace', owner.__name__, name)))


class PyHost:
    log.append('PyHost body start')
    a = Named()
    p = PyNamed()
    p = PyNamed()
    n = by_instance_attribute
    log.append('PyHost body end')


cdef class CHost:
    log.append('CHost body start')
    a = Named()
    log.append('CHost after a')
    p = PyNamed()
    p = PyNamed()
    n = by_instance_attribute
    log.append('CHost body end')

    def method(self):
        return 'm'


def at_import():
    """
    >>> for entry in log: print(entry)
    PyHost body start
    PyHost body end
    ('Named', 'PyHost', 'a')
    ('PyNamed', 'PyHost', 'p')
    CHost body start
    ('Named', 'CHost', 'a')
    CHost after a
    ('PyNamed', 'CHost', 'p')
    ('PyNamed', 'CHost', 'p')
    ('namespace', 'CHost', 'n')
    CHost body end
    >>> PyHost.a, PyHost().a, CHost.a, CHost().a
    (('Named', 'a'), ('Named', 'a'), ('Named', 'a'), ('Named', 'a'))
    >>> PyHost.__dict__['a'].owner is PyHost, CHost.__dict__['a'].owner is CHost
    (True, True)
    >>> CHost().method()
    'm'
    """


def in_function():
    """
    >>> del log[:]
    >>> K = in_function_class('first')
    >>> K.first, K.second
    (('Named', 'first'), ('Named', 'second'))
    >>> log
    [('Named', 'K', 'first'), ('Named', 'K', 'second')]
    >>> K2 = in_function_class('again')
    >>> log[2:]
    [('Named', 'K', 'again'), ('Named', 'K', 'second')]
    """


def in_function_class(label):
    class K:
        locals()[label] = Named()
        second = Named()
    return K


def explicit_call():
    """
    >>> n = Named()
    >>> n.__set_name__(int, 'manual')
    >>> n.name, n.owner
    ('manual', <class 'int'>)
    >>> n.__set_name__(int)
    Traceback (most recent call last):
    TypeError: __set_name__() takes exactly 2 positional arguments (1 given)
    >>> log[-1]
    ('Named', 'int', 'manual')
    >>> del log[-1]
    """


cdef class TypedNamed:
    cdef public str name

    def __set_name__(self, type owner, str name):
        self.name = name


def typed_parameters():
    """
    >>> class T:
    ...     t = TypedNamed()
    >>> T.t.name
    't'
    >>> TypedNamed().__set_name__(1, 'x')
    Traceback (most recent call last):
    TypeError: Argument 'owner' has incorrect type (expected type, got int)
    """


cdef class Raising:
    def __set_name__(self, owner, name):
        raise ValueError(name)


def raising():
    """
    >>> make_raising_class()
    Traceback (most recent call last):
    RuntimeError: Error calling __set_name__ on 'set_name.Raising' instance 'r' in 'Holder'
    >>> try:
    ...     make_raising_class()
    ... except RuntimeError as e:
    ...     print(repr(e.__cause__))
    ValueError('r')
    """


def make_raising_class():
    class Holder:
        r = Raising()
    return Holder


init_log = []


class Base:
    def __init_subclass__(cls, **kwargs):
        init_log.append((cls.__name__, kwargs))
        super().__init_subclass__()


class Child(Base, flag=1):
    pass


class GrandChild(Child):
    pass


class Explicit:
    @classmethod
    def __init_subclass__(cls, tag='none'):
        init_log.append(('Explicit', cls.__name__, tag))


class ExplicitChild(Explicit, tag='t'):
    pass


def init_subclass():
    """
    >>> init_log
    [('Child', {'flag': 1}), ('GrandChild', {}), ('Explicit', 'ExplicitChild', 't')]
    >>> type(Base.__dict__['__init_subclass__']).__name__
    'classmethod'
    >>> class Local(Base, a=1, b=2):
    ...     pass
    >>> init_log[-1]
    ('Local', {'a': 1, 'b': 2})
    >>> class Local2(Explicit, tag=1, other=2):
    ...     pass
    Traceback (most recent call last):
    TypeError: __init_subclass__() got an unexpected keyword argument 'other'
    >>> del init_log[3:]
    """


def init_subclass_in_function(value):
    """
    >>> cls = init_subclass_in_function(5)
    >>> init_log[-1], cls.__name__
    (('Inner', {'flag': 5}), 'Inner')
    >>> init_subclass_in_function(None) and None
    >>> init_log[-1]
    ('Inner', {'flag': None})
    >>> del init_log[3:]
    """
    class Inner(Base, flag=value):
        pass
    return Inner


cdef class CBase:
    pass


class PyMiddle(CBase):
    def __init_subclass__(cls, **kwargs):
        init_log.append(('PyMiddle', cls.__name__, kwargs))


def python_subclass_of_cdef_class():
    """
    >>> class Leaf(PyMiddle, k='v'):
    ...     pass
    >>> init_log[-1]
    ('PyMiddle', 'Leaf', {'k': 'v'})
    >>> isinstance(Leaf(), CBase)
    True
    >>> class Direct(CBase, k='v'):
    ...     pass
    Traceback (most recent call last):
    TypeError: Direct.__init_subclass__() takes no keyword arguments
    >>> make_with_keyword()
    Traceback (most recent call last):
    TypeError: make_with_keyword.<locals>.Plain.__init_subclass__() takes no keyword arguments
    >>> del init_log[3:]
    """


def make_with_keyword():
    class Plain(flag=1):
        pass
    return Plain
