# Container special methods of a cdef class: __len__, __getitem__ with int and slice keys,
# __setitem__, __delitem__ and __contains__, used from Python syntax and the builtins, with the
# errors they raise and the ones Python raises when a method is missing.
# (IntList takes one list: '*' parameters wait in pending.)
# Expected outputs recorded from Cython 3.3.0.

cdef class IntList:
    cdef list items

    def __init__(self, items=None):
        self.items = list(items) if items is not None else []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return IntList(self.items[key])
        return self.items[key]

    def __setitem__(self, Py_ssize_t i, int value):
        self.items[i] = value

    def __delitem__(self, Py_ssize_t i):
        del self.items[i]

    def __contains__(self, value):
        return value in self.items

    def to_list(self):
        return list(self.items)


cdef class ReadOnly:
    def __getitem__(self, int i):
        if i >= 3:
            raise IndexError('ReadOnly index out of range')
        return i * 10


cdef class SetOnly:
    cdef public object last

    def __setitem__(self, key, value):
        self.last = (key, value)


cdef class DelOnly:
    cdef public object last

    def __delitem__(self, key):
        self.last = key


def length():
    """
    >>> length()
    (3, 0, True, False)
    """
    a = IntList([1, 2, 3])
    e = IntList()
    return len(a), len(e), bool(a), bool(e)


def int_keys():
    """
    >>> int_keys()
    (1, 3, 2)
    >>> IntList([1])[5]
    Traceback (most recent call last):
    IndexError: list index out of range
    """
    a = IntList([1, 2, 3])
    return a[0], a[-1], a[1]


def slice_keys():
    """
    >>> slice_keys()
    ([2, 3], [3, 2, 1], 'IntList')
    """
    a = IntList([1, 2, 3])
    return a[1:].to_list(), a[::-1].to_list(), type(a[:1]).__name__


def set_and_del():
    """
    >>> set_and_del()
    [10, 3]
    >>> IntList([1])[0] = 'x'
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    a = IntList([1, 2, 3])
    a[0] = 10
    del a[1]
    return a.to_list()


def contains():
    """
    >>> contains()
    (True, False, True)
    """
    a = IntList([1, 2, 3])
    return 2 in a, 5 in a, 7 not in a


def iterate_via_getitem():
    """
    >>> iterate_via_getitem()
    ([0, 10, 20], True, False)
    """
    r = ReadOnly()
    return list(r), 20 in r, 5 in r


def missing_methods():
    """
    >>> r = ReadOnly()
    >>> r[0] = 1
    Traceback (most recent call last):
    TypeError: 'special_len_getitem.ReadOnly' object does not support item assignment
    >>> del r[0]
    Traceback (most recent call last):
    TypeError: 'special_len_getitem.ReadOnly' object doesn't support item deletion
    >>> len(r)
    Traceback (most recent call last):
    TypeError: object of type 'special_len_getitem.ReadOnly' has no len()
    """


def typed_receiver():
    """
    >>> typed_receiver()
    (3, 2, True)
    """
    cdef IntList a = IntList([1, 2, 3])
    a[1] = a[1]
    return len(a), a[1], 3 in a


def half_of_the_slot():
    """
    >>> s = SetOnly()
    >>> s['k'] = 1
    >>> s.last
    ('k', 1)
    >>> del s['k']
    Traceback (most recent call last):
    NotImplementedError: Subscript deletion not supported by special_len_getitem.SetOnly
    >>> d = DelOnly()
    >>> del d[2]
    >>> d.last
    2
    >>> d[2] = 0
    Traceback (most recent call last):
    NotImplementedError: Subscript assignment not supported by special_len_getitem.DelOnly
    >>> s[0]
    Traceback (most recent call last):
    TypeError: 'special_len_getitem.SetOnly' object is not subscriptable
    """
