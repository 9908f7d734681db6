# Closures capturing self in methods of a Python class and of a cdef class: the closure reads
# attributes and C fields through self after the method returned, and writes them.
# Expected outputs recorded from Cython 3.3.0.

class Account:
    def __init__(self, balance):
        self.balance = balance

    def depositor(self):
        def deposit(amount):
            self.balance += amount
            return self.balance
        return deposit

    def reader(self):
        return lambda: self.balance


cdef class Meter:
    cdef public int ticks
    cdef double rate

    def __init__(self, double rate):
        self.rate = rate

    def ticker(self):
        def tick():
            self.ticks += 1
            return self.ticks * self.rate
        return tick

    def same_self(self):
        def get():
            return self
        return get() is self


def python_class():
    """
    >>> python_class()
    (15, 25, 25)
    """
    a = Account(10)
    d = a.depositor()
    first = d(5)
    second = d(10)
    return first, second, a.reader()()


def cdef_class():
    """
    >>> cdef_class()
    (0.5, 1.0, 2, True)
    """
    m = Meter(0.5)
    t = m.ticker()
    x = t()
    y = t()
    return x, y, m.ticks, m.same_self()


def outlives_instance_name():
    """
    >>> outlives_instance_name()
    3
    """
    t = Meter(1.0).ticker()
    t()
    t()
    return int(t())
