# Stacked decorators apply bottom-up (the one nearest the def first) and their wrappers run
# top-down; the order the decorator expressions are evaluated and applied, recorded with side
# effects.
# Expected outputs recorded from Cython 3.3.0.

events = []


def tag(name):
    events.append('make ' + name)
    def decorator(func):
        events.append('apply ' + name)
        def wrapper(*args):
            return name + '(' + func(*args) + ')'
        return wrapper
    return decorator


@tag('a')
@tag('b')
@tag('c')
def base(x):
    return x


def bold(func):
    def wrapper():
        return '<b>' + func() + '</b>'
    return wrapper


def italic(func):
    def wrapper():
        return '<i>' + func() + '</i>'
    return wrapper


@bold
@italic
def text():
    return 'hi'


def order():
    """
    >>> order()
    ['make a', 'make b', 'make c', 'apply c', 'apply b', 'apply a']
    """
    return events[:6]


def nesting():
    """
    >>> nesting()
    ('a(b(c(x)))', '<b><i>hi</i></b>')
    """
    return base('x'), text()


def inside_function():
    """
    >>> inside_function()
    ('<i><b>in</b></i>', 'make z')
    """
    saved = events[:]
    @italic
    @bold
    def f():
        return 'in'
    @tag('z')
    def g(s):
        return s
    result = f(), events[-2]
    events[:] = saved  # the module's record of events stays as import left it
    return result
