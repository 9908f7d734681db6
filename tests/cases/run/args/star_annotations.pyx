# Annotations on *args and **kwargs: read and ignored for typing (the parameters stay a tuple
# and a dict, whatever the annotation names). Recorded from Cython 3.3.0.


def collect(a, b: "other" = 2, *args: "ARGS", **kwargs: "KWARGS"):
    """
    >>> collect(1)
    (1, 2, (), {})
    >>> collect(1, 3, 4, 5, x=6)
    (1, 3, (4, 5), {'x': 6})
    """
    return a, b, args, kwargs


def typed_names(*args: int, **kwargs: float):
    """
    >>> typed_names('a', 2.5, k='v')
    (('a', 2.5), {'k': 'v'})
    """
    return args, kwargs
