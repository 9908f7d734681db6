# Plain Python `class` statements compiled by Cython: methods, class attributes shared by the
# instances, instance attributes, inheritance with super() and method override, __slots__,
# staticmethod/classmethod/property decorators, statements in the class body. Expected outputs
# recorded from Cython 3.3.0. (A class defined in a function waits in tests/cases/pending.)

class Animal:
    kind = 'animal'
    count = 0
    sounds = {}
    for _name, _sound in [('dog', 'woof'), ('cat', 'meow')]:
        sounds[_name] = _sound
    del _name, _sound

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return '%s the %s says %s' % (self.name, self.kind, self.sound())

    def sound(self):
        return self.sounds.get(self.kind, '...')

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls, name):
        return cls(name)

    @property
    def upper(self):
        return self.name.upper()

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.name)


class Dog(Animal):
    kind = 'dog'

    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = list(tricks or ())

    def speak(self):
        return super().speak() + '!'


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


def methods_and_attributes():
    """
    >>> methods_and_attributes()
    ('rex the animal says ...', 'REX', 4, "Animal('rex')")
    """
    a = Animal('rex')
    return a.speak(), a.upper, a.helper(2), repr(a)


def inheritance():
    """
    >>> inheritance()
    ('fido the dog says woof!', ['sit'], True, "Dog('fido')", 'Dog')
    """
    d = Dog.make('fido')
    d.tricks.append('sit')
    return d.speak(), d.tricks, isinstance(d, Animal), repr(d), type(d).__name__


def class_attribute_shared():
    """
    >>> class_attribute_shared()
    (2, 'cat', 'animal', {'dog': 'woof', 'cat': 'meow'})
    """
    before = Animal.count
    a = Animal('a')
    b = Animal('b')
    a.kind = 'cat'
    return Animal.count - before, a.kind, b.kind, Animal.sounds


def instance_dict():
    """
    >>> instance_dict()
    ({'name': 'z', 'extra': 1}, 'z')
    """
    a = Animal('z')
    a.extra = 1
    return a.__dict__, getattr(a, 'name')


def slots():
    """
    >>> slots()
    (1, False)
    >>> Slotted().c = 1
    Traceback (most recent call last):
    AttributeError: 'Slotted' object has no attribute 'c'
    >>> Slotted().b
    Traceback (most recent call last):
    AttributeError: 'Slotted' object has no attribute 'b'
    """
    s = Slotted()
    return s.a, hasattr(s, '__dict__')


def names_and_module():
    """
    >>> names_and_module()
    ('Dog', 'Dog', 'pyclass_basic', ['Dog', 'Animal', 'object'])
    """
    names = []
    for c in Dog.__mro__:
        names.append(c.__name__)
    return Dog.__name__, Dog.__qualname__, Dog.__module__, names


def missing_attribute():
    """
    >>> missing_attribute()
    Traceback (most recent call last):
    AttributeError: 'Animal' object has no attribute 'nope'
    """
    return Animal('x').nope
