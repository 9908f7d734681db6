# A def's return annotation, as Cython 3 applies it: a Python builtin type (or an extension type)
# is checked on every returned value ("Expected str, got int"; None passes); a C type, None, a
# string or any other annotation changes nothing.
# Expected outputs recorded from Cython 3.3.0.
cimport cython


cdef class Node:
    pass


def as_str(x) -> str:
    return x

def as_c_int(x) -> cython.int:
    return x

def as_float(x) -> float:
    return x

def as_list(x) -> list:
    return x

def as_none(x) -> None:
    return x

def as_text(x) -> 'whatever':
    return x

def as_dict(x) -> dict:
    return x

def as_bool(x) -> bool:
    return x

def as_node(x) -> Node:
    return x

def falls_off() -> list:
    pass


def probe():
    """
    >>> for row in probe(): print(row)
    ('as_str', "'a'", 'str')
    ('as_str', 'TypeError', 'Expected str, got int')
    ('as_c_int', '3', 'int')
    ('as_c_int', "'x'", 'str')
    ('as_c_int', '2.5', 'float')
    ('as_float', '1', 'int')
    ('as_float', "'x'", 'str')
    ('as_list', '[1]', 'list')
    ('as_list', 'TypeError', 'Expected list, got tuple')
    ('as_none', '5', 'int')
    ('as_text', '7', 'int')
    ('as_dict', 'None', 'NoneType')
    ('as_bool', '2', 'int')
    ('as_bool', '[]', 'list')
    ('as_node', 'Node', 'Node')
    ('as_node', 'TypeError', 'Cannot convert int to def_return.Node')
    ('falls_off', 'None', 'NoneType')
    """
    out = []
    calls = ((as_str, 'a'), (as_str, 1), (as_c_int, 3), (as_c_int, 'x'), (as_c_int, 2.5), (as_float, 1), (as_float, 'x'),
             (as_list, [1]), (as_list, (1,)), (as_none, 5), (as_text, 7), (as_dict, None), (as_bool, 2), (as_bool, []),
             (as_node, Node()), (as_node, 1), (falls_off, None))
    for fn, arg in calls:
        try:
            r = fn(arg) if fn is not falls_off else fn()
            out.append((fn.__name__, type(r).__name__ if isinstance(r, Node) else repr(r), type(r).__name__))
        except Exception as e:
            out.append((fn.__name__, type(e).__name__, str(e)))
    return out
