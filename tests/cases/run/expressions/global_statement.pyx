# 'global' at module level is allowed and changes nothing; in functions it makes names the
# module's.
"""
>>> counter
3
>>> top
'top'
>>> bump(), bump(), get_counter()
(4, 5, 5)
>>> set_new_global()
'made'
"""

global counter
counter = 0
global top, counter
top = 'top'
for i in range(3):
    global counter
    counter += 1


def bump():
    global counter
    counter += 1
    return counter


def get_counter():
    return counter


def set_new_global():
    global created
    created = 'made'
    return globals()['created']
