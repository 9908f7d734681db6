# Inheritance between cdef classes: fields of the base reached through a subclass, cdef methods
# overridden in subclasses and called through a base-typed value (the vtable), Base.m(self) and
# super().m() calling the base implementation (Cython 3.3.0 fails in a cdef method: see
# KNOWN_DIFFERENCES.md), super().__init__, defaults of cdef methods.
# Expected outputs recorded from Cython 3.3.0.

cdef class Animal:
    cdef int legs
    cdef public object name

    def __init__(self, int legs=4, name='animal'):
        self.legs = legs
        self.name = name

    cdef str sound(self):
        return '...'

    cdef int weight(self, int k=2):
        return self.legs * k

    cdef int plain(self):
        return 7

    def speak(self):
        return self.name + ' says ' + self.sound()


cdef class Dog(Animal):
    cdef double tail

    def __init__(self, double tail=1.5):
        super().__init__(3, 'dog')
        self.tail = tail

    cdef str sound(self):
        return 'woof'

    cdef int weight(self, int k=2):
        return Animal.weight(self, k) + 100


cdef class Puppy(Dog):
    cdef str sound(self):
        return 'yip (' + Dog.sound(self) + ')'


cdef class Kitten(Animal):
    cdef str sound(self):
        return 'mew and ' + super().sound()


cdef str sound_of(Animal a):
    return a.sound()


def dispatch():
    """
    >>> dispatch()
    ['...', 'woof', 'yip (woof)']
    """
    return [sound_of(Animal()), sound_of(Dog()), sound_of(Puppy())]


def super_in_cdef_method():
    """
    >>> super_in_cdef_method()
    'mew and ...'
    """
    return sound_of(Kitten())


def speak_all():
    """
    >>> speak_all()
    ('animal says ...', 'dog says woof', 'dog says yip (woof)')
    """
    return Animal().speak(), Dog().speak(), Puppy().speak()


def weights():
    """
    >>> weights()
    (106, 109, 8, 12)
    """
    cdef Animal a = Dog()
    cdef Dog d = Puppy()
    return a.weight(), d.weight(3), Animal().weight(), Animal(6).weight()


def base_fields():
    """
    >>> base_fields()
    (2.5, 3, 'dog', 7, True, True)
    """
    cdef Dog d = Dog(2.5)
    cdef Animal a = d
    return d.tail, d.legs, a.name, d.plain(), isinstance(d, Animal), isinstance(Puppy(), Dog)


def downcast(Animal a):
    """
    >>> downcast(Puppy(4.0))
    4.0
    >>> downcast(Animal())
    Traceback (most recent call last):
    TypeError: Cannot convert inherit_dispatch.Animal to inherit_dispatch.Dog
    """
    cdef Dog d = a
    return d.tail


def python_subclass(p):
    """
    >>> class PyDog(Dog):
    ...     pass
    >>> python_subclass(PyDog())
    ('dog says woof', 'woof', 103)
    """
    return p.speak(), sound_of(p), (<Animal>p).weight(1)
