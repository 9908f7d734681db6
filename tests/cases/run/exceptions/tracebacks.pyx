def boom(x):
    return 1 / x

def mid(x):
    y = boom(x)
    return y + 1

def top(x):
    try:
        return mid(x)
    finally:
        x = None

def caught(x):
    try:
        mid(x)
    except ZeroDivisionError as e:
        return e

def frames(f, x):
    """
    Tracebacks through compiled frames name the .pyx file, the line and module.function, as
    Cython's do (checked against a Cython 3.3.0 build of this file).

    >>> frames(top, 0)
    ['tracebacks.pyx:33 tracebacks.frames', 'tracebacks.pyx:10 tracebacks.top', 'tracebacks.pyx:5 tracebacks.mid', 'tracebacks.pyx:2 tracebacks.boom']
    >>> import traceback
    >>> [(fr.filename, fr.lineno, fr.name) for fr in traceback.extract_tb(caught(0).__traceback__)]
    [('tracebacks.pyx', 16, 'tracebacks.caught'), ('tracebacks.pyx', 5, 'tracebacks.mid'), ('tracebacks.pyx', 2, 'tracebacks.boom')]
    """
    out = []
    try:
        f(x)
    except ZeroDivisionError as e:
        for fr in __import__('traceback').extract_tb(e.__traceback__):
            out.append(fr.filename.rsplit('/', 1)[-1] + ':' + str(fr.lineno) + ' ' + fr.name)
    return out
