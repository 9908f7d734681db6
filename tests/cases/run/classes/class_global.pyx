# `global` statements in Python class bodies: assigning, augmenting, creating and deleting module
# globals (object and `cdef int` ones) from a class body, in module-level classes and in classes
# built inside functions; without `global`, class-body names shadowing a global (a read before the
# class attribute is bound sees the global, methods always see the global), a builtin rebound in
# a class body, a class body in a function reading the function's local unless the class assigns
# the name too; the same shadowing in a cdef class body. (`global` in a cdef class body crashes
# Cython 3.3.0, so it is not here.)
# Expected outputs recorded from Cython 3.3.0.

x = 'module x'
counter = 0
cdef int c_counter = 0

class Counts:
    global counter, c_counter
    counter += 1
    c_counter += 5
    seen = (counter, c_counter)


class SetsX:
    global x
    x = 'set by SetsX'
    copy = x


class Creates:
    global created
    created = 'new global'
    also = created


class CreatesAndDeletes:
    global temporary
    temporary = 1
    del temporary


def read_c_counter():
    return c_counter


def current(name):
    # The doctests' globals are a copy of the module's: read the module's own.
    g = globals()
    return g[name] if name in g else 'unbound'


def module_level():
    """
    >>> Counts.seen
    (1, 5)
    >>> 'counter' in Counts.__dict__, 'c_counter' in Counts.__dict__
    (False, False)
    >>> current('x'), SetsX.copy, 'x' in SetsX.__dict__
    ('set by SetsX', 'set by SetsX', False)
    >>> current('created'), Creates.also, 'created' in Creates.__dict__
    ('new global', 'new global', False)
    >>> current('temporary'), 'temporary' in CreatesAndDeletes.__dict__
    ('unbound', False)
    """


def in_function(value):
    """
    >>> K = in_function('first')
    >>> current('x'), K.before, 'x' in K.__dict__
    ('first', 'set by SetsX', False)
    >>> K = in_function('second')
    >>> current('x'), K.before
    ('second', 'first')
    >>> in_function('set by SetsX') and None
    >>> current('x')
    'set by SetsX'
    """
    class K:
        global x
        before = x
        x = value
    return K


def bump(n):
    """
    >>> start, c_start = current('counter'), read_c_counter()
    >>> seen = bump(3).seen
    >>> seen == (start + 3, c_start + 3), current('counter') - start, read_c_counter() - c_start
    (True, 3, 3)
    """
    class K:
        global counter, c_counter
        counter += n
        c_counter += n
        seen = (counter, c_counter)
    return K


y = 'module y'


class Shadows:
    before = y
    y = 'class y'
    after = y

    def method(self):
        return y

    def method_via_class(self):
        return self.y


cdef class CShadows:
    before = y
    y = 'cdef class y'
    after = y

    def method(self):
        return y


class RebindsBuiltin:
    before = len
    len = 5
    after = len


def shadowing():
    """
    >>> Shadows.before, Shadows.after, Shadows().method(), Shadows().method_via_class()
    ('module y', 'class y', 'module y', 'class y')
    >>> CShadows.before, CShadows.after, CShadows().method(), CShadows.y
    ('module y', 'cdef class y', 'module y', 'cdef class y')
    >>> y
    'module y'
    >>> RebindsBuiltin.before is len, RebindsBuiltin.after
    (True, 5)
    """


def enclosing_local():
    """
    >>> enclosing_local()
    ('local y', 'module y', 'class y', 'local y')
    """
    y = 'local y'
    class ReadsOnly:
        a = y
    class Assigns:
        a = y
        y = 'class y'
        b = y
    return ReadsOnly.a, Assigns.a, Assigns.b, y
