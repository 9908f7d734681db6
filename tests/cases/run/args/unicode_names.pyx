# Non-ASCII names: keyword arguments match parameters of any name, and identifiers are read
# NFKC-normalised, as Python reads them (the ligature 'ﬁ' is the name 'fi').

def kwonly(*, αrγ, β=2):
    """
    >>> kwonly(αrγ=5)
    (5, 2)
    >>> kwonly(β=1, αrγ=3)
    (3, 1)
    >>> kwonly(αrγ=1, γ=2)
    Traceback (most recent call last):
    TypeError: kwonly() got an unexpected keyword argument 'γ'
    """
    return αrγ, β

def positional(ναμε, δεύτερο=0):
    """
    >>> positional(ναμε=1, δεύτερο=2), positional(3)
    (3, 3)
    """
    return ναμε + δεύτερο

def from_cython():
    """
    >>> from_cython()
    (7, 2)
    """
    return kwonly(αrγ=7)

class Normalized:
    """
    >>> Normalized().get()
    5
    """
    def __init__(self):
        self.ﬁ = 5

    def get(self):
        return self.fi

def ligature_local():
    """
    >>> ligature_local()
    10
    """
    ﬁve = 10
    return five
