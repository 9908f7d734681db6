# Names of generator objects: __name__ and __qualname__ of a module-level generator, a nested
# one and a method's; gi_running while running and not; iter(g) is g.
# Expected outputs recorded from Cython 3.3.0.

def simple():
    yield 1


def make_nested():
    def nested():
        yield 1
    return nested()


class K:
    def method(self):
        yield 1


def names():
    """
    >>> names()
    [('simple', 'simple'), ('nested', 'make_nested.<locals>.nested'), ('method', 'K.method')]
    """
    gens = [simple(), make_nested(), K().method()]
    return [(g.__name__, g.__qualname__) for g in gens]


def running():
    """
    >>> running()
    (False, [True], False)
    """
    seen = []
    def g():
        seen.append(it.gi_running)
        yield 1
    it = g()
    before = it.gi_running
    next(it)
    return before, seen, it.gi_running


def is_own_iterator():
    """
    >>> is_own_iterator()
    True
    """
    g = simple()
    return iter(g) is g
