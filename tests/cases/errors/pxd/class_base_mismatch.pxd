cdef class Base:
    pass

cdef class Child(Base):
    pass

cdef class Plain:
    pass
