# A generator's introspection attributes as Cython gives them: gi_code (the function's name,
# argument count and variable names), gi_frame (a frame object of that code, the same each time,
# None once finished), gi_suspended and gi_running, and inspect.getgeneratorstate over them.
# Expected outputs recorded from Cython 3.3.0.

import inspect
import types


def counter(start, int step=1, *rest, scale=2):
    total = start * scale
    for k in range(3):
        total += step
        yield total


def code():
    """
    >>> code()
    ('counter', 'counter', 2, 1, ('start', 'step', 'scale', 'rest', 'total', 'k'))
    """
    c = counter(1).gi_code
    return c.co_name, c.co_qualname, c.co_argcount, c.co_kwonlyargcount, c.co_varnames


def frames():
    """
    >>> frames()
    (True, True, True, None)
    """
    g = counter(1)
    f = g.gi_frame
    same = g.gi_frame is f
    list(g)
    return isinstance(f, types.FrameType), same, f.f_code.co_name == 'counter', g.gi_frame


def states():
    """
    >>> states()
    ['GEN_CREATED', 'GEN_SUSPENDED', 'GEN_CLOSED']
    """
    g = counter(0)
    out = [inspect.getgeneratorstate(g)]
    next(g)
    out.append(inspect.getgeneratorstate(g))
    g.close()
    out.append(inspect.getgeneratorstate(g))
    return out
