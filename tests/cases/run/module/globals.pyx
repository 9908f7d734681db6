"""`global` lets a function rebind module names; other functions see the new value.

>>> count(), count(), current(), reset(10), current()
(1, 2, 2, None, 10)
"""
COUNTER = 0

def count():
    global COUNTER
    COUNTER += 1
    return COUNTER

def current():
    return COUNTER

def reset(v):
    global COUNTER
    COUNTER = v
