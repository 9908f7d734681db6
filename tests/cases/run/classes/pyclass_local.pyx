# A Python class defined inside a function, its method closing over a local of the function.
# Expected outputs recorded from Cython 3.3.0.

def local_class(k):
    """
    >>> local_class(3)
    (6, 'local_class.<locals>.Local')
    """
    class Local:
        def times(self, x):
            return x * k
    return Local().times(2), Local.__qualname__
