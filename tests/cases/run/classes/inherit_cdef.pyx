# cdef and cpdef methods across inheritance: a cdef method overridden in a cdef subclass and
# called through a base-typed variable (virtual dispatch), super() / Base.method(self) calls of
# the base version, cpdef methods overridden in a cdef subclass and in a Python subclass and
# called from C code, and a cpdef method called from Python.
# Expected outputs recorded from Cython 3.3.0.

cdef class Animal:
    cdef int legs

    def __init__(self, int legs=4):
        self.legs = legs

    cdef str sound(self):
        return '...'

    cdef int weight(self, int k):
        return self.legs * k

    cpdef str name(self):
        return 'animal'

    cpdef int speed(self, int base):
        return base + self.legs

    def speak(self):
        return self.name() + ' says ' + self.sound()


cdef class Dog(Animal):
    cdef str sound(self):
        return 'woof'

    cdef int weight(self, int k):
        return Animal.weight(self, k) + 100

    cpdef str name(self):
        return 'dog'


cdef class Puppy(Dog):
    cdef str sound(self):
        return 'yip (' + Dog.sound(self) + ')'

    cpdef int speed(self, int base):
        return Dog.speed(self, base) // 2


class PyCat(Animal):
    def name(self):
        return 'cat'

    def speed(self, base):
        return 99


class PyPuppy(Puppy):
    def name(self):
        return 'py-' + super().name()


cdef str sound_of(Animal a):
    return a.sound()


def dispatch():
    """
    >>> dispatch()
    ['...', 'woof', 'yip (woof)', '...']
    """
    cdef Animal a
    out = []
    for a in [Animal(), Dog(), Puppy(), PyCat()]:
        out.append(sound_of(a))
    return out


def base_call_from_override():
    """
    >>> base_call_from_override()
    (8, 108, 106)
    """
    cdef Animal a = Animal()
    cdef Animal d = Dog()
    cdef Animal p = Puppy(3)
    return a.weight(2), d.weight(2), p.weight(2)


def cpdef_from_c():
    """
    >>> cpdef_from_c()
    [('animal', 14), ('dog', 14), ('dog', 7), ('cat', 99), ('py-dog', 7)]
    """
    cdef Animal a
    out = []
    for a in [Animal(), Dog(), Puppy(), PyCat(), PyPuppy()]:
        out.append((a.name(), a.speed(10)))
    return out


def cpdef_from_python():
    """
    >>> cpdef_from_python()
    [('animal', 14), ('dog', 14), ('dog', 7), ('cat', 99), ('py-dog', 7)]
    """
    out = []
    for a in [Animal(), Dog(), Puppy(), PyCat(), PyPuppy()]:
        out.append((a.name(), a.speed(10)))
    return out


def speak_uses_both():
    """
    >>> speak_uses_both()
    ['animal says ...', 'dog says woof', 'dog says yip (woof)', 'cat says ...', 'py-dog says yip (woof)']
    """
    return [x.speak() for x in [Animal(), Dog(), Puppy(), PyCat(), PyPuppy()]]


def cpdef_conversion(v):
    """
    >>> cpdef_conversion(1)
    5
    >>> cpdef_conversion('x')
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    return Animal().speed(v)


def python_override_bad_return():
    """
    >>> python_override_bad_return()
    Traceback (most recent call last):
    TypeError: Expected str, got int
    """
    class Bad(Animal):
        def name(self):
            return 1
    cdef Animal a = Bad()
    return a.name()


def cpdef_bound_method():
    """
    >>> cpdef_bound_method()
    ('dog', 'animal')
    """
    d = Dog()
    return d.name(), Animal.name(d)
