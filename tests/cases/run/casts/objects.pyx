# <object>, <list>, <T?>: the same object under another static type; only <T?> and a C value
# cast to a builtin type test it. Expected outputs recorded from Cython 3.3.0.
def same_object(x):
    """
    >>> same_object([1])
    (True, True, True)
    >>> same_object(None)
    (True, True, True)
    """
    return (<object>x) is x, (<list>x) is x, (<dict>x) is x

def unchecked(x):
    """
    >>> unchecked(5)
    5
    >>> unchecked('abc')
    'abc'
    """
    return <tuple>x

def boxed(int i, double d, bint b):
    """
    >>> boxed(5, 2.5, 1)
    (5, 2.5, True)
    """
    return <object>i, <object>d, <object>b

def typed_list(x):
    """
    >>> typed_list([1, 2, 3])
    3
    """
    cdef list l = <list>x
    return len(l)

def check_list(x):
    """
    >>> check_list([1])
    [1]
    >>> check_list((1,))
    Traceback (most recent call last):
    TypeError: Expected list, got tuple
    >>> check_list(None)
    Traceback (most recent call last):
    TypeError: Expected list, got NoneType
    >>> class L(list): pass
    >>> check_list(L())
    Traceback (most recent call last):
    TypeError: Expected list, got L
    """
    return <list?>x

def check_others(x):
    """
    >>> check_others({})
    Traceback (most recent call last):
    TypeError: Expected tuple, got dict
    >>> check_others(())
    Traceback (most recent call last):
    TypeError: Expected dict, got tuple
    """
    a = <tuple?>x
    return <dict?>x

def check_strings(x, y):
    """
    >>> check_strings('a', b'b')
    ('a', b'b')
    >>> check_strings(b'a', b'b')
    Traceback (most recent call last):
    TypeError: Expected str, got bytes
    >>> check_strings('a', 'b')
    Traceback (most recent call last):
    TypeError: Expected bytes, got str
    >>> class S(str): pass
    >>> check_strings(S('a'), b'b')
    Traceback (most recent call last):
    TypeError: Expected str, got S
    """
    return <str?>x, <bytes?>y

def check_typed(list l):
    """
    >>> check_typed([2])
    [2]
    >>> check_typed(None)
    Traceback (most recent call last):
    TypeError: Cannot convert NoneType to list
    """
    return <list?>l

def unchecked_typed(list l):
    """
    >>> unchecked_typed(None) is None
    True
    """
    return <list>l

def c_value_to_builtin(double d, int i):
    """
    >>> c_value_to_builtin(2.5, 1)
    Traceback (most recent call last):
    TypeError: Expected list, got float
    >>> c_value_to_builtin(0.0, 1)
    Traceback (most recent call last):
    TypeError: Expected str, got int
    """
    if d:
        return <list>d
    return <str>i

def bytes_of_int(int i):
    """
    >>> bytes_of_int(65), bytes_of_int(0), bytes_of_int(255)
    (b'A', b'\\x00', b'\\xff')
    >>> bytes_of_int(256)
    Traceback (most recent call last):
    OverflowError: value too large to pack into a byte
    >>> bytes_of_int(-1)
    Traceback (most recent call last):
    OverflowError: value too large to pack into a byte
    """
    return <bytes>i

def bytes_of_char(char c, unsigned char u, bint b):
    """
    >>> bytes_of_char(-5, 200, 1)
    (b'\\xfb', b'\\xc8', b'\\x01')
    """
    return <bytes>c, <bytes>u, <bytes>b

def view_object(double[:] m):
    """
    >>> import array
    >>> v = view_object(array.array('d', [1.5, 2.5]))
    >>> v[1], len(v)
    (2.5, 2)
    """
    return <object>m

def keeps_alive():
    """
    >>> keeps_alive()
    [1, 2]
    """
    return <list>make()

def reassigned(x):
    """
    >>> reassigned([7])
    ([7], 'done')
    """
    y = <list>x
    x = 'done'
    return y, x

cdef object make():
    return [1, 2]
