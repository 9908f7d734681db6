# with statements in top-level code, run at import: module globals as targets, exceptions
# suppressed and caught, and a class body.
"""
>>> log
['enter a', 'exit a None', 'enter b', 'exit b ZeroDivisionError', 'enter c', 'exit c KeyError', 'enter d', 'exit d None']
>>> value, first, second
('a', 'd', 'd')
>>> caught
'KeyError'
>>> Klass.attr
'd'
>>> items
{'k': 'a'}
"""


class CM:
    def __init__(self, log, name, suppress=False):
        self.log = log
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit %s %s' % (self.name, exc_type.__name__ if exc_type is not None else None))
        return self.suppress


log = []
items = {}

with CM(log, 'a') as value:
    items['k'] = value

with CM(log, 'b', True):
    1 // (len(items) - 1)

try:
    with CM(log, 'c'):
        raise KeyError
except KeyError as e:
    caught = type(e).__name__


class Klass:
    with CM(log, 'd') as attr:
        pass


first, second = Klass.attr, Klass.attr
