# The descriptor protocol implemented by cdef classes: __get__(self, instance, owner),
# __set__(self, instance, value) and __delete__(self, instance) (tp_descr_get / tp_descr_set),
# their instances used as class attributes of a Python class and of a cdef class body, read on an
# instance and on the class (instance None), a non-data descriptor (only __get__: an instance
# __dict__ entry wins in a Python class; a cdef class has no __dict__), a descriptor with only
# __set__ (reading gives the descriptor itself), the NotImplementedError of a missing __set__ or
# __delete__ half, the slot wrappers called directly (a missing owner arrives as None), typed
# parameters with their argument checks, and exceptions raised from the three methods.
# Expected outputs recorded from Cython 3.3.0.

cdef class Full:
    cdef public object store

    def __get__(self, instance, owner):
        print('get', type(instance).__name__, owner.__name__ if owner is not None else None)
        return ('got', instance is None)

    def __set__(self, instance, value):
        print('set', type(instance).__name__, value)
        self.store = value

    def __delete__(self, instance):
        print('delete', type(instance).__name__)
        self.store = 'deleted'


cdef class OnlyGet:
    def __get__(self, instance, owner):
        return 'from-get'


cdef class OnlySet:
    def __set__(self, instance, value):
        print('set', value)


cdef class OnlyDelete:
    def __delete__(self, instance):
        print('delete')


cdef class NoDelete:
    def __get__(self, instance, owner):
        return 1

    def __set__(self, instance, value):
        print('set', value)


cdef class NoSet:
    def __get__(self, instance, owner):
        return 2

    def __delete__(self, instance):
        print('delete')


class PyHost:
    full = Full()
    only_get = OnlyGet()
    only_set = OnlySet()
    only_delete = OnlyDelete()
    no_delete = NoDelete()
    no_set = NoSet()


cdef class CHost:
    full = Full()
    only_get = OnlyGet()
    only_set = OnlySet()
    only_delete = OnlyDelete()
    no_delete = NoDelete()
    no_set = NoSet()


def full_in_python_class():
    """
    >>> h = PyHost()
    >>> h.full
    get PyHost PyHost
    ('got', False)
    >>> PyHost.full
    get NoneType PyHost
    ('got', True)
    >>> h.full = 5
    set PyHost 5
    >>> PyHost.__dict__['full'].store
    5
    >>> del h.full
    delete PyHost
    >>> PyHost.__dict__['full'].store
    'deleted'
    >>> 'full' in h.__dict__
    False
    """


def full_in_cdef_class():
    """
    >>> h = CHost()
    >>> h.full
    get CHost CHost
    ('got', False)
    >>> CHost.full
    get NoneType CHost
    ('got', True)
    >>> h.full = 6
    set CHost 6
    >>> CHost.__dict__['full'].store
    6
    >>> del h.full
    delete CHost
    >>> CHost.__dict__['full'].store
    'deleted'
    """


def non_data_descriptor():
    """
    >>> h = PyHost()
    >>> h.only_get, PyHost.only_get
    ('from-get', 'from-get')
    >>> h.only_get = 7
    >>> h.only_get, h.__dict__['only_get'], PyHost.only_get
    (7, 7, 'from-get')
    >>> del h.only_get
    >>> h.only_get
    'from-get'
    >>> c = CHost()
    >>> c.only_get, CHost.only_get
    ('from-get', 'from-get')
    >>> c.only_get = 7
    Traceback (most recent call last):
    AttributeError: 'special_descriptors.CHost' object attribute 'only_get' is read-only
    """


def set_only():
    """
    >>> h = PyHost()
    >>> type(h.only_set).__name__, type(PyHost.only_set).__name__
    ('OnlySet', 'OnlySet')
    >>> h.only_set is PyHost.__dict__['only_set']
    True
    >>> h.only_set = 3
    set 3
    >>> h.__dict__
    {}
    >>> h.__dict__['only_set'] = 'in dict'
    >>> h.only_set
    'in dict'
    >>> del h.only_set
    Traceback (most recent call last):
    NotImplementedError: __delete__
    >>> c = CHost()
    >>> type(c.only_set).__name__
    'OnlySet'
    >>> c.only_set = 4
    set 4
    """


def delete_only():
    """
    >>> h = PyHost()
    >>> type(h.only_delete).__name__
    'OnlyDelete'
    >>> del h.only_delete
    delete
    >>> h.only_delete = 1
    Traceback (most recent call last):
    NotImplementedError: __set__
    >>> c = CHost()
    >>> del c.only_delete
    delete
    >>> c.only_delete = 1
    Traceback (most recent call last):
    NotImplementedError: __set__
    """


def missing_halves():
    """
    >>> h = PyHost()
    >>> h.no_delete = 1
    set 1
    >>> del h.no_delete
    Traceback (most recent call last):
    NotImplementedError: __delete__
    >>> h.no_delete
    1
    >>> h.no_set = 1
    Traceback (most recent call last):
    NotImplementedError: __set__
    >>> del h.no_set
    delete
    >>> h.no_set
    2
    >>> c = CHost()
    >>> del c.no_delete
    Traceback (most recent call last):
    NotImplementedError: __delete__
    >>> c.no_set = 1
    Traceback (most recent call last):
    NotImplementedError: __set__
    """


def slot_wrappers():
    """
    >>> d = Full()
    >>> type(Full.__dict__['__get__']).__name__, type(Full.__dict__['__set__']).__name__
    ('wrapper_descriptor', 'wrapper_descriptor')
    >>> d.__get__(None, int)
    get NoneType int
    ('got', True)
    >>> d.__get__(1)
    get int None
    ('got', False)
    >>> d.__get__(None)
    Traceback (most recent call last):
    TypeError: __get__(None, None) is invalid
    >>> d.__set__(1, 2)
    set int 2
    >>> d.__delete__('x')
    delete str
    >>> d.store
    'deleted'
    >>> OnlySet().__delete__(1)
    Traceback (most recent call last):
    NotImplementedError: __delete__
    >>> OnlyDelete().__set__(1, 2)
    Traceback (most recent call last):
    NotImplementedError: __set__
    >>> '__get__' in OnlySet.__dict__, '__set__' in OnlyGet.__dict__, '__delete__' in OnlyGet.__dict__
    (False, False, False)
    >>> '__set__' in OnlyDelete.__dict__, '__delete__' in OnlySet.__dict__
    (True, True)
    """


cdef class Box:
    cdef public int v


cdef class Typed:
    def __get__(self, Box instance, type owner):
        if instance is None:
            return ('class', owner.__name__)
        return instance.v

    def __set__(self, Box instance, int value):
        instance.v = value * 2

    def __delete__(self, Box instance):
        instance.v = -1


cdef class TypedBox(Box):
    t = Typed()


class PyTyped:
    t = Typed()


def typed_parameters():
    """
    >>> b = TypedBox()
    >>> b.t, TypedBox.t
    (0, ('class', 'TypedBox'))
    >>> b.t = 4
    >>> b.v, b.t
    (8, 8)
    >>> del b.t
    >>> b.v
    -1
    >>> b.t = 'x'
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> b.t = 2.9
    >>> b.v
    4
    >>> PyTyped.t
    ('class', 'PyTyped')
    >>> PyTyped().t
    Traceback (most recent call last):
    TypeError: Argument 'instance' has incorrect type (expected special_descriptors.Box, got PyTyped)
    >>> PyTyped().t = 1
    Traceback (most recent call last):
    TypeError: Argument 'instance' has incorrect type (expected special_descriptors.Box, got PyTyped)
    >>> del PyTyped().t
    Traceback (most recent call last):
    TypeError: Argument 'instance' has incorrect type (expected special_descriptors.Box, got PyTyped)
    >>> Typed().__get__(None, 5)
    Traceback (most recent call last):
    TypeError: Argument 'owner' has incorrect type (expected type, got int)
    >>> Typed().__get__(TypedBox())
    0
    """


cdef class Raising:
    def __get__(self, instance, owner):
        raise KeyError('get')

    def __set__(self, instance, value):
        raise ValueError(value)

    def __delete__(self, instance):
        raise LookupError('delete')


class PyRaising:
    r = Raising()


def raising():
    """
    >>> PyRaising().r
    Traceback (most recent call last):
    KeyError: 'get'
    >>> PyRaising.r
    Traceback (most recent call last):
    KeyError: 'get'
    >>> PyRaising().r = 3
    Traceback (most recent call last):
    ValueError: 3
    >>> del PyRaising().r
    Traceback (most recent call last):
    LookupError: delete
    >>> getattr(PyRaising(), 'r', 'default')
    Traceback (most recent call last):
    KeyError: 'get'
    """


class PyOverride(Full):
    def __get__(self, instance, owner):
        return 'python get'


class UsesOverride:
    d = PyOverride()


def python_subclass_of_descriptor():
    """
    >>> u = UsesOverride()
    >>> u.d
    'python get'
    >>> u.d = 1
    set UsesOverride 1
    >>> del u.d
    delete UsesOverride
    """
