# `cdef public` and `cdef readonly` fields seen from Python: reading and writing them, the
# conversions on assignment (float to int truncates, str to double and overflow raise), writing a
# readonly field, reaching a private field, and `del` of a public field.
# Expected outputs recorded from Cython 3.3.0.

cdef class Node:
    cdef public int value

    def __init__(self, v=0):
        self.value = v


cdef class Rec:
    cdef public int i
    cdef public double d
    cdef public object o
    cdef public Node node
    cdef public list items
    cdef readonly int ro
    cdef readonly object ro_obj
    cdef int hidden

    def __init__(self):
        self.i = 1
        self.d = 2.5
        self.ro = 7
        self.ro_obj = 'r'
        self.hidden = 99

    def bump_ro(self):
        self.ro += 1
        return self.ro


def read_public():
    """
    >>> read_public()
    (1, 2.5, None, None, None, 7, 'r')
    """
    cdef object r = Rec()
    return r.i, r.d, r.o, r.node, r.items, r.ro, r.ro_obj


def write_public():
    """
    >>> write_public()
    (5, -0.25, [1], 3, [2])
    """
    cdef object r = Rec()
    r.i = 5
    r.d = -0.25
    r.o = [1]
    r.node = Node(3)
    r.items = [2]
    return r.i, r.d, r.o, r.node.value, r.items


def int_conversions(v):
    """
    >>> int_conversions(12)
    12
    >>> int_conversions(True)
    1
    >>> int_conversions(3.9)
    3
    >>> int_conversions(-3.9)
    -3
    >>> int_conversions('3')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> int_conversions(None)
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> int_conversions(2**31)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    >>> int_conversions(-2**31 - 1)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    cdef object r = Rec()
    r.i = v
    return r.i


def double_conversions(v):
    """
    >>> double_conversions(3)
    3.0
    >>> double_conversions(2**70)
    1.1805916207174113e+21
    >>> double_conversions('1.5')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    >>> double_conversions(None)
    Traceback (most recent call last):
    TypeError: must be real number, not NoneType
    >>> double_conversions(10**400)
    Traceback (most recent call last):
    OverflowError: int too large to convert to float
    """
    cdef object r = Rec()
    r.d = v
    return r.d


def typed_object_fields(v):
    """
    >>> typed_object_fields(None)
    (None, None)
    >>> typed_object_fields(Node(4))
    Traceback (most recent call last):
    TypeError: Expected list, got public_readonly.Node
    """
    cdef object r = Rec()
    r.node = v if v is None or isinstance(v, Node) else None
    r.items = v
    return r.node, r.items


def wrong_node_type():
    """
    >>> wrong_node_type()
    Traceback (most recent call last):
    TypeError: Cannot convert str to public_readonly.Node
    """
    cdef object r = Rec()
    r.node = 'x'


def readonly_write():
    """
    >>> readonly_write()
    Traceback (most recent call last):
    AttributeError: attribute 'ro' of 'public_readonly.Rec' objects is not writable
    """
    cdef object r = Rec()
    r.ro = 8


def readonly_object_write():
    """
    >>> readonly_object_write()
    Traceback (most recent call last):
    AttributeError: attribute 'ro_obj' of 'public_readonly.Rec' objects is not writable
    """
    cdef object r = Rec()
    r.ro_obj = None


def readonly_changes_inside():
    """
    >>> readonly_changes_inside()
    (8, 9)
    """
    cdef object r = Rec()
    r.bump_ro()
    a = r.ro
    return a, r.bump_ro()


def private_from_python():
    """
    >>> private_from_python()
    Traceback (most recent call last):
    AttributeError: 'public_readonly.Rec' object has no attribute 'hidden'
    """
    cdef object r = Rec()
    return r.hidden


def private_write_from_python():
    """
    >>> private_write_from_python()
    Traceback (most recent call last):
    AttributeError: 'public_readonly.Rec' object has no attribute 'hidden'
    """
    cdef object r = Rec()
    r.hidden = 1


def no_new_attributes():
    """
    >>> no_new_attributes()
    Traceback (most recent call last):
    AttributeError: 'public_readonly.Rec' object has no attribute 'extra'
    """
    cdef object r = Rec()
    r.extra = 1


def del_public_c_field():
    """
    >>> del_public_c_field()
    Traceback (most recent call last):
    NotImplementedError: __del__
    """
    cdef object r = Rec()
    del r.i


def del_public_object_field():
    """
    >>> del_public_object_field()
    (None, None)
    """
    cdef object r = Rec()
    r.o = [1]
    r.node = Node()
    del r.o
    del r.node
    return r.o, r.node


def del_readonly():
    """
    >>> del_readonly()
    Traceback (most recent call last):
    AttributeError: attribute 'ro' of 'public_readonly.Rec' objects is not writable
    """
    cdef object r = Rec()
    del r.ro


def getattr_setattr_builtins():
    """
    >>> getattr_setattr_builtins()
    (42, True, False)
    """
    cdef object r = Rec()
    setattr(r, 'i', 42)
    return getattr(r, 'i'), hasattr(r, 'ro'), hasattr(r, 'hidden')
