# Property accessors of cdef classes in their decorator forms: @NAME.getter replaces the getter,
# a later @property of the same name replaces the earlier getter and keeps the setter and deleter
# declared after it, a getter may be a generator, and a property made by another name for the
# builtin (an arbitrary decorator) is bound as what it returns.
# Expected outputs recorded from Cython 3.3.0.
my_property = property

cdef class Temperature:
    """
    >>> t = Temperature()
    >>> t.celsius
    get None
    >>> t.celsius = 20
    set 20 (was None)
    >>> t.celsius
    get 20
    20
    >>> t.fahrenheit
    68.0
    >>> del t.celsius
    del 20
    >>> t.celsius
    get None
    >>> list(t.readings)
    [1, 2, 3]
    >>> t.fahrenheit = 1
    Traceback (most recent call last):
    AttributeError: property 'fahrenheit' of 'Temperature' object has no setter
    >>> type(Temperature.__dict__['fahrenheit']).__name__
    'property'
    """
    cdef object _c

    def __init__(self):
        self._c = None

    @property
    def celsius(self):
        print("first getter")
        return -1

    @celsius.getter
    def celsius(self):
        print("second getter")

    @property
    def celsius(self):
        print("get", self._c)
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set", value, "(was %s)" % self._c)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("del", self._c)
        self._c = None

    @my_property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @property
    def readings(self):
        yield 1
        yield 2
        yield 3
