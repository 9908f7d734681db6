# Recursive generators with yield from: walking a nested list, generating permutations, an
# in-order tree walk, and the depth of delegation.
# Expected outputs recorded from Cython 3.3.0.

def walk(x):
    if isinstance(x, list):
        for y in x:
            yield from walk(y)
    else:
        yield x


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    cdef int i
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def countdown(int n):
    if n > 0:
        yield n
        yield from countdown(n - 1)


def flatten():
    """
    >>> flatten()
    [1, 2, 3, 4, 5]
    """
    return list(walk([1, [2, [3, [4]]], 5]))


def perms():
    """
    >>> perms()
    [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
    """
    return list(permutations([1, 2, 3]))


def deep():
    """
    >>> deep()
    (200, 1)
    """
    items = list(countdown(200))
    return len(items), items[-1]


def inorder(node):
    if node is None:
        return
    left, value, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)


def tree():
    """
    >>> tree()
    [1, 2, 3, 4, 5]
    """
    t = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
    return list(inorder(t))
