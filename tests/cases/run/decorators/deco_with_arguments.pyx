# Decorators with arguments (a decorator factory): repeat(n) calling the function n times,
# a prefix decorator, factory arguments captured by the wrapper, and a C-typed factory
# argument.
# Expected outputs recorded from Cython 3.3.0.

def repeat(int times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


def prefix(text):
    def decorator(func):
        def wrapper(x):
            return text + func(x)
        return wrapper
    return decorator


@repeat(3)
def hello(name):
    return 'hi ' + name


@prefix('>> ')
def shout(s):
    return s.upper()


counter = [0]


@repeat(2)
def bump():
    counter[0] += 1
    return counter[0]


def calls():
    """
    >>> calls()
    (['hi a', 'hi a', 'hi a'], '>> LOUD', [1, 2])
    """
    counter[0] = 0
    return hello('a'), shout('loud'), bump()


def applied_by_hand():
    """
    >>> applied_by_hand()
    ['x!', 'x!']
    """
    def f(s):
        return s + '!'
    return repeat(2)(f)('x')
