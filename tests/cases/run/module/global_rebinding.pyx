# Module globals read by a function see every rebinding: a name rebound, a builtin shadowed by a
# global and the shadow removed again (pyxc caches what a read found while the dicts are unchanged).
# Expected outputs recorded from Cython 3.3.0.

X = 1
def read():
    return X, len
def run():
    """
    >>> run()
    [(1, True), (2, True), (3, False), (3, True)]
    """
    import builtins
    global X
    out = [(read()[0], read()[1] is builtins.len)]
    X = 2
    out.append((read()[0], read()[1] is builtins.len))
    X = 3
    g = globals()
    g['len'] = 'shadow'
    out.append((read()[0], read()[1] is builtins.len))
    del g['len']
    out.append((read()[0], read()[1] is builtins.len))
    return out
