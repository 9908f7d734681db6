# A return in a finally body replaces the pending exception (and any earlier return value).
def swallow(x):
    """
    >>> swallow(0), swallow(2)
    ('finally', 'finally')
    """
    try:
        return 1 // x
    finally:
        return 'finally'
