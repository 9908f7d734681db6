# Pure Python mode under other names: `import cython as cy`, `from cython import declare as
# my_declare, locals as my_locals, p_void, compiled, NULL`; a parameter annotated with a string
# naming an extension type (a forward reference).
import cython
import cython as cy
from cython import declare, p_void, compiled, NULL
from cython import declare as my_declare, locals as my_locals, p_void as my_void_star, compiled as my_compiled

@my_locals(a=cython.p_void, n=cy.int)
def test_imports(x):
    """
    >>> test_imports(2.5)
    (True, 'int', 2)
    """
    a = cython.NULL
    b = declare(p_void, NULL)
    c = my_declare(my_void_star, cython.NULL)
    d = cy.declare(cy.p_void, cy.NULL)
    n = cy.cast(cy.int, x)
    return a == b == c == d and compiled and my_compiled, cython.typeof(n), n

cdef class ExtType:
    pass

def forward_ref(x: "ExtType"):
    """
    >>> forward_ref(ExtType())
    'ExtType'
    >>> forward_ref(None)
    Traceback (most recent call last):
    TypeError: Argument 'x' has incorrect type (expected pure_aliases.ExtType, got NoneType)
    >>> forward_ref(1)
    Traceback (most recent call last):
    TypeError: Argument 'x' has incorrect type (expected pure_aliases.ExtType, got int)
    """
    return cython.typeof(x)
