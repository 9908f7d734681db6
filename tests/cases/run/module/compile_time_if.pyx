# Cython's compile-time IF/ELIF/ELSE (deprecated, still compiled): the first branch whose
# condition holds is compiled, the others only parsed; a DEF counts only in the branch taken;
# IF at module level chooses definitions; nested IFs; an IF with no branch taken is a pass.
# Expected outputs recorded from Cython 3.3.0.

DEF LEVEL = 2
DEF NAME = u"spam"
DEF RAW = b"eggs"

IF LEVEL > 1:
    def chosen():
        """
        >>> chosen()
        'level two'
        """
        return 'level two'
ELSE:
    def chosen():
        return 'level one'


def branches():
    """
    >>> branches()
    (2, 3, 1)
    """
    cdef int a, b, c
    IF LEVEL == 1:
        a = 1
    ELIF LEVEL == 2:
        a = 2
    ELSE:
        a = 3
    IF LEVEL == 1:
        b = 1
    ELIF LEVEL == 5:
        b = 2
    ELSE:
        b = 3
    IF NAME == u"spam" and RAW == b"eggs":
        c = 1
    ELSE:
        c = 0
    return a, b, c


def defined_in_branch():
    """
    >>> defined_in_branch()
    (10, 'taken')
    """
    IF LEVEL >= 2:
        DEF SCALE = 10
        DEF WHICH = "taken"
    ELSE:
        DEF SCALE = 100
        DEF WHICH = "not taken"
    return SCALE, WHICH


def nested():
    """
    >>> nested()
    'inner else'
    """
    IF LEVEL:
        IF not LEVEL:
            return 'inner if'
        ELSE:
            return 'inner else'
    ELSE:
        return 'outer else'


def nothing_taken():
    """
    >>> nothing_taken()
    0
    """
    cdef int x = 0
    IF LEVEL > 10:
        x = 1
    IF LEVEL < 0:
        x = 2
    ELIF LEVEL > 100:
        x = 3
    return x
