# Python classes defined in class bodies (at module level and inside a function): qualified names,
# methods of the inner classes closing over the function, __class__ in a method of the innermost.
# Expected outputs recorded from Cython 3.3.0.

class Outer:
    """
    >>> Outer.Inner.__qualname__, Outer.Inner().m(), Outer().make().__class__.__qualname__
    ('Outer.Inner', 'inner', 'Outer.Inner')
    >>> Outer.Inner.Deep.__qualname__, Outer.Inner.Deep().who()
    ('Outer.Inner.Deep', 'Deep')
    """
    x = 1
    class Inner:
        def m(self):
            return 'inner'
        class Deep:
            def who(self):
                return __class__.__name__
    def make(self):
        return self.Inner()

def f(k):
    """
    >>> C = f(3)
    >>> C.Sub.__qualname__, C.Sub().get()
    ('f.<locals>.C.Sub', 3)
    """
    class C:
        class Sub:
            def get(self):
                return k
    return C
