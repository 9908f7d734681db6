# Exceptions caught inside a loop: the loop goes on, counts are kept, nothing leaks.
def parse_all(items):
    """
    >>> parse_all(['1', 'x', '3', '', '5'])
    (9, 2)
    """
    total = 0
    errors = 0
    for s in items:
        try:
            total += int(s)
        except ValueError:
            errors += 1
    return total, errors
