# Statements in a cdef class body run where the class statement stands, with the type's dict as
# their namespace: computed class attributes, conditionals, names read from the namespace first and then
# the module; instances and compiled code see them; literal attributes exist from the start.
# Expected outputs recorded from Cython 3.3.0.

log = []


def square(x):
    log.append(x)
    return x * x


cdef class Config:
    base = 3
    area = square(base)
    names = ['a' * base]
    if area > base:
        names.append('b' * base)
    limits = {'low': -base, 'high': area}

    def describe(self):
        return self.area, self.names, self.limits['high']


def class_attributes():
    """
    >>> class_attributes()
    (3, 9, ['aaa', 'bbb'], {'low': -3, 'high': 9}, [3])
    """
    return Config.base, Config.area, Config.names, Config.limits, log


def from_instances():
    """
    >>> from_instances()
    (9, ['aaa', 'bbb'], 9)
    """
    c = Config()
    return c.describe()


def read_only_from_python():
    """
    >>> Config.area = 1
    Traceback (most recent call last):
    TypeError: cannot set 'area' attribute of immutable type 'class_body.Config'
    """
