# cython: language_level=2
# Generators at language level 2, as Cython compiles them: without PEP 479 a StopIteration
# raised in the body ends the generator (as `from __future__ import generator_stop` would not),
# and a lambda that yields is a generator returning None whatever its expression's value.
# Expected outputs recorded from Cython 3.3.0.


def stops_early(*args):
    """
    >>> list(stops_early(1, 2, 3))
    [1, 2]
    >>> g = stops_early(1)
    >>> next(g)
    Traceback (most recent call last):
    StopIteration
    >>> next(g)
    Traceback (most recent call last):
    StopIteration
    """
    for i in args[:-1]:
        yield i
    raise StopIteration


def next_in_body(it):
    """
    >>> list(next_in_body(iter([1, 2, 3])))
    [1, 2, 3]
    """
    while True:
        yield next(it)


def yielding_lambda():
    """
    >>> g = yielding_lambda()()
    >>> next(g), next(g)
    (1, 2)
    >>> try: next(g)
    ... except StopIteration as e: print(e.args)
    ()
    """
    return lambda: ((yield 1), (yield 2))
