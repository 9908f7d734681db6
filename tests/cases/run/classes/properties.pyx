# Properties of cdef classes (getset descriptors, not `property` objects): @property with
# @x.setter and @x.deleter over C fields, a read-only property, a property without a deleter,
# Cython's older `property name:` block syntax with __get__/__set__/__del__, and the errors for
# setting or deleting what has no setter/deleter.
# Expected outputs recorded from Cython 3.3.0.

cdef class Temp:
    cdef double kelvin
    cdef bint cleared

    def __init__(self, double celsius):
        self.kelvin = celsius + 273.15

    @property
    def celsius(self):
        """Degrees Celsius."""
        return round(self.kelvin - 273.15, 6)

    @celsius.setter
    def celsius(self, double value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self.kelvin = value + 273.15

    @celsius.deleter
    def celsius(self):
        self.kelvin = 0
        self.cleared = True

    @property
    def raw(self):
        return self.kelvin

    @property
    def settable(self):
        return self.kelvin

    @settable.setter
    def settable(self, value):
        self.kelvin = value

    property old_style:
        """An old-style property."""
        def __get__(self):
            return ('old', self.cleared)
        def __set__(self, value):
            self.cleared = bool(value)
        def __del__(self):
            self.cleared = False


def get_and_set():
    """
    >>> get_and_set()
    (20.0, 100.0, 373.15)
    """
    t = Temp(20)
    a = t.celsius
    t.celsius = 100
    return a, t.celsius, round(t.raw, 6)


def setter_errors():
    """
    >>> Temp(0).celsius = -300
    Traceback (most recent call last):
    ValueError: below absolute zero
    >>> Temp(0).celsius = 'x'
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """


def deleter():
    """
    >>> deleter()
    (-273.15, ('old', True))
    """
    t = Temp(5)
    del t.celsius
    return t.celsius, t.old_style


def read_only_property():
    """
    >>> Temp(0).raw = 1
    Traceback (most recent call last):
    AttributeError: attribute 'raw' of 'properties.Temp' objects is not writable
    >>> del Temp(0).raw
    Traceback (most recent call last):
    AttributeError: attribute 'raw' of 'properties.Temp' objects is not writable
    >>> t = Temp(0)
    >>> t.settable = 3
    >>> t.settable
    3.0
    >>> del t.settable
    Traceback (most recent call last):
    NotImplementedError: __del__
    """


def old_style_block():
    """
    >>> old_style_block()
    (('old', False), ('old', True), ('old', False))
    """
    t = Temp(0)
    a = t.old_style
    t.old_style = 1
    b = t.old_style
    del t.old_style
    return a, b, t.old_style


def docs_and_types():
    """
    >>> docs_and_types()
    ('Degrees Celsius.', 'An old-style property.', 'getset_descriptor', 'getset_descriptor')
    """
    return (Temp.celsius.__doc__, Temp.old_style.__doc__, type(Temp.celsius).__name__,
            type(Temp.old_style).__name__)


def typed_access():
    """
    >>> typed_access()
    (10.0, 11.0)
    """
    cdef Temp t = Temp(10)
    a = t.celsius
    t.celsius = a + 1
    return a, t.celsius
