# Struct and union fields that are C strings (char *) convert to and from Python as bytes, as in
# Cython: from a dict, the field points into the bytes object the dict holds; to a dict, each
# string is copied into a new bytes object (a union gives every member, all the same pointer).

cdef struct Named:
    int id
    char *name
    const char *tag

cdef union Strings:
    char *s1
    char *s2

keep = {'id': 3, 'name': b'spam', 'tag': bytearray(b'eggs')}

def from_dict(Named n):
    """
    >>> from_dict(keep)
    (3, b'spam', b'eggs', 4)
    >>> from_dict({'id': 1, 'name': 'str', 'tag': b''})
    Traceback (most recent call last):
    TypeError: expected bytes, str found
    >>> from_dict({'id': 1, 'name': b'x'})
    Traceback (most recent call last):
    ValueError: No value specified for struct attribute 'tag'
    """
    cdef bytes name = n.name
    return n.id, name, n.tag, len(n.name)

def to_dict():
    """
    >>> sorted(to_dict().items())
    [('id', 7), ('name', b'abc'), ('tag', b'de')]
    """
    cdef Named n
    n.id = 7
    n.name = b"abc"
    n.tag = b"de"
    return n

def union_to_dict():
    """
    >>> sorted(union_to_dict().items())
    [('s1', b'xyz'), ('s2', b'xyz')]
    """
    cdef Strings u
    u.s1 = b"xyz"
    return u

def union_from_dict(Strings u):
    """
    >>> union_from_dict({'s2': keep['name']})
    b'spam'
    """
    return u.s1
