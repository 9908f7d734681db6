"""A module-level loop and a function that updates a global from a loop.

>>> SQUARES, add_all([1, 2, 3]), TOTAL_NOW()
([0, 1, 4], 6, 6)
"""
SQUARES = []
for _n in range(3):
    SQUARES.append(_n * _n)
TOTAL = 0

def add_all(xs):
    global TOTAL
    for x in xs:
        TOTAL += x
    return TOTAL

def TOTAL_NOW():
    return TOTAL
