# @cython.collection_type("sequence" | "mapping"): what a match statement's sequence and
# mapping patterns take an extension type for; a subclass without one inherits its base's.
cimport cython


@cython.collection_type("sequence")
cdef class IsSequence:
    pass


@cython.collection_type("mapping")
cdef class IsMapping:
    pass


cdef class Neither:
    pass


@cython.collection_type("mapping")
cdef class MappingOverSequence(IsSequence):
    pass


cdef class InheritsSequence(IsSequence):
    pass


ns = {}
exec("""
def kind(x):
    match x:
        case [*_]:
            return "S"
        case {}:
            return "M"
    return "-"
""", ns)
kind = ns['kind']


def kinds():
    """
    >>> kinds()
    ['S', 'M', '-', 'M', 'S']
    """
    return [kind(IsSequence()), kind(IsMapping()), kind(Neither()), kind(MappingOverSequence()), kind(InheritsSequence())]
