# f-strings: the conversions !r, !s, !a before format(), with and without a format spec; what
# __repr__, __str__ and __format__ return or raise reaches the caller.
# Expected outputs recorded from Cython 3.3.0.
class Shown:
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
    def __format__(self, spec):
        return "F" + spec

class Broken:
    def __repr__(self):
        raise ValueError("no repr")
    def __format__(self, spec):
        return 42

class Text(str):
    def __format__(self, spec):
        return "formatted " + spec

def conversions(x):
    """
    >>> conversions("it's")
    ("it's", '"it\\'s"', "it's", '"it\\'s"')
    >>> conversions(Shown())
    ('F', 'R', 'S', 'R')
    >>> conversions("é")
    ('é', "'é'", 'é', "'\\\\xe9'")
    >>> conversions(None)
    ('None', 'None', 'None', 'None')
    """
    return f"{x}", f"{x!r}", f"{x!s}", f"{x!a}"

def conversion_then_spec(x):
    """
    >>> conversion_then_spec("ab")
    ("'ab'      ", "    'ab'", 'ab........')
    >>> conversion_then_spec(Shown())
    ('R         ', '       R', 'S.........')
    """
    return f"{x!r:10}", f"{x!r:>8}", f"{x!s:.<10}"

def ascii_of(x):
    """
    >>> ascii_of(["ü", 1])
    "['\\\\xfc', 1]"
    >>> ascii_of("😀")
    "'\\\\U0001f600'"
    """
    return f"{x!a}"

def repr_raises(x):
    """
    >>> repr_raises(Broken())
    Traceback (most recent call last):
    ...
    ValueError: no repr
    """
    return f"before {x!r} after"

def format_returns_non_str(x):
    """
    >>> format_returns_non_str(Broken())
    Traceback (most recent call last):
    ...
    TypeError: __format__ must return a str, not int
    """
    return f"{x}"

def str_subclass(x):
    """
    >>> str_subclass(Text("t"))
    ('formatted ', 't', 'formatted >3', 'pre formatted ')
    """
    return f"{x}", f"{x!s}", f"{x:>3}", f"pre {x}"

def order_of_evaluation(log):
    """
    >>> log = []
    >>> order_of_evaluation(log)
    'a:R b:S'
    >>> log
    ['a', 'b']
    """
    return f"{log.append('a') or 'a'}:{Shown()!r} {log.append('b') or 'b'}:{Shown()!s}"
