# -*- coding: latin-1 -*-

def word():
    """
    >>> word() == "\\xe9t\\xe9"
    True
    """
    return "été"
