# A nested def reading object locals of its creator: a list, a string, a dict, and a parameter.
# Expected outputs recorded from Cython 3.3.0.

def read_list():
    """
    >>> read_list()
    [1, 2, 3]
    """
    items = [1, 2, 3]
    def inner():
        return items
    return inner()


def read_param(name, greeting='hello'):
    """
    >>> read_param('ann')
    'hello ann'
    >>> read_param('bob', 'hi')
    'hi bob'
    """
    def inner():
        return greeting + ' ' + name
    return inner()


def read_dict_key(key):
    """
    >>> read_dict_key('a')
    1
    >>> read_dict_key('z')
    Traceback (most recent call last):
    KeyError: 'z'
    """
    table = {'a': 1, 'b': 2}
    def lookup():
        return table[key]
    return lookup()


def mutate_shared():
    """
    >>> mutate_shared()
    ([0, 1, 2], [0, 1, 2])
    """
    acc = []
    def push(x):
        acc.append(x)
    for i in range(3):
        push(i)
    snapshot = list(acc)
    return acc, snapshot


def same_object():
    """
    >>> same_object()
    True
    """
    obj = object()
    def get():
        return obj
    return get() is obj


def inner_called_twice():
    """
    >>> inner_called_twice()
    ('ab', 'ab')
    """
    s = 'ab'
    def f():
        return s
    return f(), f()
