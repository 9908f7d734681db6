"""Python imports at module level and inside functions.

>>> root(16.0), math.floor(2.5), tau_half(), join('a', 'b') == os.path.join('a', 'b')
(4.0, 2, True, True)
"""
import math
import os.path
from math import sqrt as root, tau
from os import path as ospath

def tau_half():
    return tau / 2 == math.pi

def join(a, b):
    return ospath.join(a, b)

def local_import():
    """
    >>> local_import()
    'c'
    """
    import string
    from string import ascii_lowercase as low
    return low[2]

def missing():
    """
    >>> missing()
    Traceback (most recent call last):
    ImportError: cannot import name nope
    """
    from math import nope
    return nope
