# Module-level cdef variables: C scalars changed through `global`, typed object/list/dict
# variables, a module-level memoryview assigned at run time, a C array, a struct, `cdef public`,
# and their invisibility as module attributes.
# Expected outputs recorded from Cython 3.3.0.

from array import array

cdef struct Point:
    double x
    double y

cdef int counter = 0
cdef double scale
cdef object cache = {}
cdef list items = []
cdef dict registry = {'a': 1}
cdef double[:] view
cdef int table[4]
cdef Point origin = Point(1, 2)
cdef public int exported = 11
cdef long long big = 2**40
cdef bint ready = False

table[0] = 10
table[3] = 40

def bump(int by):
    """
    >>> bump(1), bump(2), bump(-3)
    (1, 3, 0)
    """
    global counter
    counter += by
    return counter

def read_counter():
    """
    >>> read_counter()
    0
    """
    return counter

def default_values():
    """
    Module-level C variables are zero-initialised.

    >>> default_values()
    (0.0, [0, 0])
    """
    return scale, [table[1], table[2]]

def set_scale(double s):
    """
    >>> set_scale(2.5)
    (0.0, 2.5)
    >>> set_scale(4)
    (2.5, 4.0)
    """
    global scale
    old = scale
    scale = s
    return old, scale

def remember(key, value):
    """
    >>> remember('a', 1), remember('b', 2), remember('a', 3)
    (1, 2, 1)
    """
    if key not in cache:
        cache[key] = value
    return cache[key]

def append(x):
    """
    >>> append(1), append('two')
    (1, 2)
    >>> items_copy()
    [1, 'two']
    >>> clear_items()
    """
    items.append(x)
    return len(items)

def clear_items():
    items.clear()

def items_copy():
    return list(items)

def replace_list(obj):
    """
    >>> replace_list([9])
    [9]
    >>> replace_list((1, 2))
    Traceback (most recent call last):
    ...
    TypeError: Expected list, got tuple
    >>> replace_list(None)
    >>> replace_list([])
    []
    """
    global items
    items = obj
    return items

def registry_ops():
    """
    >>> registry_ops()
    {'a': 1, 'b': 2}
    """
    global registry
    registry['b'] = 2
    return registry

def early_view():
    """
    Runs before set_view (doctests run in name order): the view is not initialised yet, and
    Cython's message calls the module-level variable local.

    >>> early_view()
    Traceback (most recent call last):
    ...
    UnboundLocalError: local variable 'view' referenced before assignment
    """
    return view[0]

def early_view_shape():
    """
    >>> early_view_shape()
    Traceback (most recent call last):
    ...
    UnboundLocalError: local variable 'view' referenced before assignment
    """
    return view.shape[0]

def set_view(n):
    """
    >>> set_view(4)
    4
    >>> view_sum()
    6.0
    >>> release_view()
    """
    global view
    view = array('d', range(n))
    return view.shape[0]

def release_view():
    global view
    view = None

def view_sum():
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(view.shape[0]):
        s += view[i]
    return s

def table_ops(int i, int v):
    """
    >>> table_ops(1, 7)
    [10, 7, 0, 40]
    >>> table_ops(2, -1)
    [10, 7, -1, 40]
    """
    table[i] = v
    return [table[0], table[1], table[2], table[3]]

def struct_var(double dx):
    """
    >>> struct_var(0.5)
    {'x': 1.5, 'y': 2.0}
    >>> struct_var(0.5)
    {'x': 2.0, 'y': 2.0}
    """
    origin.x += dx
    return origin

def others():
    """
    >>> others()
    (11, 1099511627776, False)
    """
    return exported, big, ready

def not_attributes():
    """
    >>> import sys; m = sys.modules[__name__]
    >>> [hasattr(m, n) for n in ('counter', 'scale', 'cache', 'items', 'view', 'table', 'origin', 'exported')]
    [False, False, False, False, False, False, False, False]
    >>> m.counter
    Traceback (most recent call last):
    ...
    AttributeError: module 'module_variables' has no attribute 'counter'
    >>> counter
    Traceback (most recent call last):
    ...
    NameError: name 'counter' is not defined
    """
