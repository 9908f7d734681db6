# Decorators on methods of a Python class: staticmethod and classmethod applied with @,
# a user decorator on a method (self passed through the wrapper), property with a setter, and
# staticmethod used as a plain function-wrapping decorator.
# Expected outputs recorded from Cython 3.3.0.

def double_result(func):
    def wrapper(*args):
        return func(*args) * 2
    return wrapper


class Temperature:
    scale = 'C'

    def __init__(self, degrees):
        self._degrees = degrees

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @double_result
    def doubled(self):
        return self._degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._degrees = value


def static_and_class():
    """
    >>> static_and_class()
    (212.0, 212.0, 0, True)
    """
    t = Temperature.freezing()
    return (Temperature.convert(100), t.convert(100), t.degrees,
            isinstance(t, Temperature))


def user_decorated_method():
    """
    >>> user_decorated_method()
    42
    """
    return Temperature(21).doubled()


def property_setter():
    """
    >>> property_setter()
    (30, 'below absolute zero')
    """
    t = Temperature(10)
    t.degrees = 30
    try:
        t.degrees = -300
    except ValueError as e:
        return t.degrees, str(e)
