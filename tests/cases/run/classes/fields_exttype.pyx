# A field typed as a cdef class (a linked list Node with `cdef Node next`): None by default,
# building and walking the list through typed fields, the type check on assigning to the field,
# and a field of another cdef class. Expected outputs recorded from Cython 3.3.0.

cdef class Node:
    cdef int value
    cdef Node next

    def __init__(self, int value, Node next=None):
        self.value = value
        self.next = next


cdef class Pair:
    cdef Node first
    cdef Node second


cdef Node build(int n):
    cdef Node head = None
    cdef int i
    for i in range(n, 0, -1):
        head = Node(i, head)
    return head


def next_defaults_to_none():
    """
    >>> next_defaults_to_none()
    (True, True)
    """
    cdef Node n = Node(1)
    cdef Pair p = Pair()
    return n.next is None, p.first is None and p.second is None


def walk(int n):
    """
    >>> walk(5)
    [1, 2, 3, 4, 5]
    >>> walk(0)
    []
    """
    cdef Node cur = build(n)
    out = []
    while cur is not None:
        out.append(cur.value)
        cur = cur.next
    return out


def total(int n):
    """
    >>> total(100)
    5050
    """
    cdef long s = 0
    cdef Node cur = build(n)
    while cur:
        s += cur.value
        cur = cur.next
    return s


def chained_access():
    """
    >>> chained_access()
    (3, 30)
    """
    cdef Node head = build(3)
    third = head.next.next.value
    head.next.next.value = 30
    return third, head.next.next.value


def reverse(int n):
    """
    >>> reverse(4)
    [4, 3, 2, 1]
    """
    cdef Node cur = build(n), prev = None, nxt
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    out = []
    while prev is not None:
        out.append(prev.value)
        prev = prev.next
    return out


def pair_of_nodes():
    """
    >>> pair_of_nodes()
    (1, 2, True)
    """
    cdef Pair p = Pair()
    p.first = Node(1)
    p.second = Node(2, p.first)
    return p.first.value, p.second.value, p.second.next is p.first


def wrong_type_for_field(x):
    """
    >>> wrong_type_for_field(Node(7))
    7
    >>> wrong_type_for_field(None)
    >>> wrong_type_for_field(Pair())
    Traceback (most recent call last):
    TypeError: Cannot convert fields_exttype.Pair to fields_exttype.Node
    >>> wrong_type_for_field(3)
    Traceback (most recent call last):
    TypeError: Cannot convert int to fields_exttype.Node
    """
    cdef Node n = Node(0)
    n.next = x
    if n.next is None:
        return None
    return n.next.value


def wrong_type_for_init_argument():
    """
    >>> wrong_type_for_init_argument()
    Traceback (most recent call last):
    TypeError: Argument 'next' has incorrect type (expected fields_exttype.Node, got str)
    """
    return Node(1, 'x')


def cycle_broken_by_hand():
    """
    >>> cycle_broken_by_hand()
    (True, 2)
    """
    cdef Node a = Node(1)
    cdef Node b = Node(2, a)
    a.next = b
    r = (a.next.next is a, a.next.value)
    a.next = None
    return r
