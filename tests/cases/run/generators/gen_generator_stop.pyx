# cython: language_level=2
# from __future__ import generator_stop at language level 2: PEP 479 applies, so a StopIteration
# escaping a generator's body is a RuntimeError, as at language level 3.
# Expected outputs recorded from Cython 3.3.0.
from __future__ import generator_stop


def stops_early(*args):
    """
    >>> list(stops_early(1, 2, 3))
    Traceback (most recent call last):
    RuntimeError: generator raised StopIteration
    """
    for i in args[:-1]:
        yield i
    raise StopIteration
