# The target of 'as' is any assignment target: a name, an attribute, an item, a tuple or list to
# unpack (nested), a typed C local (the object converted, with the usual errors).


class CM:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, exc_type, exc, tb):
        return False


class Box:
    pass


cdef class Holder:
    cdef public object item
    cdef public int number


def to_name(v):
    """
    >>> to_name('x')
    'x'
    """
    with CM(v) as name:
        pass
    return name


def to_attribute(v):
    """
    >>> to_attribute(3)
    3
    """
    b = Box()
    with CM(v) as b.attr:
        pass
    return b.attr


def to_extension_attributes(v):
    """
    >>> to_extension_attributes(7)
    (7, 7)
    >>> to_extension_attributes('no')
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    cdef Holder h = Holder()
    with CM(v) as h.item:
        pass
    with CM(v) as h.number:
        pass
    return h.item, h.number


def to_item(v):
    """
    >>> to_item(5)
    ({'k': 5}, [None, 5])
    """
    d = {}
    l = [None, None]
    with CM(v) as d['k']:
        pass
    with CM(v) as l[-1]:
        pass
    return d, l


def to_slice(v):
    """
    >>> to_slice((8, 9))
    [0, 8, 9, 3]
    """
    l = [0, 1, 2, 3]
    with CM(v) as l[1:3]:
        pass
    return l


def to_tuple(v):
    """
    >>> to_tuple((1, 2))
    (2, 1)
    >>> to_tuple([3, 4])
    (4, 3)
    >>> to_tuple('ab')
    ('b', 'a')
    >>> to_tuple((1, 2, 3))
    Traceback (most recent call last):
    ValueError: too many values to unpack (expected 2)
    """
    with CM(v) as (a, b):
        pass
    return b, a


def to_list_target(v):
    """
    >>> to_list_target((1, 2))
    3
    """
    with CM(v) as [a, b]:
        return a + b


def to_nested_tuple(v):
    """
    >>> to_nested_tuple((1, (2, 3)))
    (1, 2, 3)
    """
    with CM(v) as (a, (b, c)):
        return a, b, c


def to_c_int(v):
    """
    >>> to_c_int(41)
    42
    >>> to_c_int(2 ** 40)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    >>> to_c_int('x')
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    cdef int n
    with CM(v) as n:
        n += 1
    return n


def to_c_double(v):
    """
    >>> to_c_double(1)
    1.5
    >>> to_c_double(2.25)
    2.75
    """
    cdef double d
    with CM(v) as d:
        d += 0.5
    return d


def to_bint(v):
    """
    >>> to_bint([])
    False
    >>> to_bint([0])
    True
    """
    cdef bint flag
    with CM(v) as flag:
        pass
    return flag


def to_typed_object(v):
    """
    >>> to_typed_object([1])
    [1, 2]
    >>> to_typed_object((1,))
    Traceback (most recent call last):
    TypeError: Expected list, got tuple
    """
    cdef list l
    with CM(v) as l:
        l.append(2)
    return l


def to_inferred_local(v):
    """
    >>> to_inferred_local(10)
    11
    """
    with CM(v) as x:
        x = x + 1
    return x


def rebinds_parameter(v):
    """
    >>> rebinds_parameter(3)
    (3, 'new')
    """
    old = v
    with CM('new') as v:
        pass
    return old, v


def same_name_twice():
    """
    >>> same_name_twice()
    (2, 2)
    """
    with CM(1) as x, CM(x + 1) as x:
        y = x
    return x, y
