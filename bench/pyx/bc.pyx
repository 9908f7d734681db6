# The extension-type operations bench/classes times, each a loop in compiled code (or a call
# from Python for the cpdef method), built by pyxc and by Cython from this same file.

cdef class Vec:
    cdef public double x
    cdef public double y
    cdef object tag

    def __init__(self, double x=0.0, double y=0.0):
        self.x = x
        self.y = y
        self.tag = None

    cdef double dot(self, Vec o):
        return self.x * o.x + self.y * o.y

    cpdef double norm2(self):
        return self.x * self.x + self.y * self.y


cdef class Table:
    cdef double[::1] data

    def __init__(self, data):
        self.data = data

    def __getitem__(self, Py_ssize_t i):
        return self.data[i]

    def __len__(self):
        return self.data.shape[0]


def attr_loop(long n):
    """Read and write C attributes of a typed local."""
    cdef Vec v = Vec(1.0, 0.5)
    cdef long i
    for i in range(n):
        v.x = v.x * 0.5 + v.y
        v.y = v.y + 1e-9
    return v.x


def object_attr_loop(long n):
    """Store and read back an object attribute (owned by the instance)."""
    cdef Vec v = Vec()
    cdef long i
    cdef object a = 'a', b = 'b', k = None
    for i in range(n):
        v.tag = a if i & 1 else b
        k = v.tag
    return k


def cdef_method_loop(long n):
    """A cdef method called on typed instances."""
    cdef Vec a = Vec(1.0, 2.0)
    cdef Vec b = Vec(0.5, 0.25)
    cdef double s = 0.0
    cdef long i
    for i in range(n):
        s += a.dot(b)
    return s


def cpdef_from_python(Vec v, long n):
    """n calls of a cpdef method as Python code makes them (through the method object)."""
    m = v.norm2
    cdef double s = 0.0
    cdef long i
    for i in range(n):
        s += <double>m()
    return s


def create_loop(long n):
    """Make and drop an instance per iteration."""
    cdef long i
    cdef double s = 0.0
    cdef Vec v
    for i in range(n):
        v = Vec(i, 1.0)
        s += v.x
    return s


def getitem_loop(t, long n):
    """obj[i] on an untyped object: the type's mapping slot."""
    cdef long i
    cdef double s = 0.0
    cdef long m = len(t)
    for i in range(n):
        s += <double>t[i % m]
    return s
