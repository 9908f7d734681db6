# Evaluation order inside comprehensions: nested for clauses left to right, conditions after
# the clause they follow, the result expression last, dict keys before values, logged with
# side effects.
# Expected outputs recorded from Cython 3.3.0.

def nested_order():
    """
    >>> nested_order()
    ['i0', 'j0', 'j1', 'i1', 'j0', 'j1']
    """
    log = []
    def note(s):
        log.append(s)
        return True
    [0 for i in range(2) if note('i%d' % i) for j in range(2) if note('j%d' % j)]
    return log


def key_before_value():
    """
    >>> key_before_value()
    ['k0', 'v0', 'k1', 'v1']
    """
    log = []
    def k(int i):
        log.append('k%d' % i)
        return i
    def v(int i):
        log.append('v%d' % i)
        return i
    {k(i): v(i) for i in range(2)}
    return log


def condition_then_result():
    """
    >>> condition_then_result()
    (['c0', 'c1', 'r1', 'c2'], [1])
    """
    log = []
    def cond(int i):
        log.append('c%d' % i)
        return i == 1
    def res(int i):
        log.append('r%d' % i)
        return i
    r = [res(i) for i in range(3) if cond(i)]
    return log, r


def first_iterable_once():
    """
    >>> first_iterable_once()
    (1, [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')])
    """
    calls = []
    def outer_items():
        calls.append(1)
        return range(2)
    r = [(i, c) for i in outer_items() for c in 'ab']
    return len(calls), r
