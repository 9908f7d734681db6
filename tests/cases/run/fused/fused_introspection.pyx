# A def fused function is function-like for inspect: its __code__ (its own code object, with the
# parameters), __defaults__, __kwdefaults__ and __annotations__; `complex` as a member is named
# 'double complex', as Cython's signatures name it.
cimport cython
import inspect

ctypedef fused number:
    int
    complex

def scaled(cython.floating x, int by=2, label="s"):
    return x * by, label

def twice(number n):
    return n * 2

def code_objects():
    """
    >>> code_objects()
    (True, True, True, ('x', 'by', 'label'), 3, 0)
    """
    code = scaled.__code__
    return (code is scaled.__code__, code is not scaled[float].__code__, scaled.__annotations__ == {},
            code.co_varnames[:3], code.co_argcount, code.co_kwonlyargcount)

def signature():
    """
    >>> signature()
    (['x', 'by', 'label'], 2, 's', (2, 's'), None)
    """
    parameters = inspect.signature(scaled).parameters
    return (list(parameters.keys()), parameters['by'].default, parameters['label'].default,
            scaled.__defaults__, scaled.__kwdefaults__)

def complex_member():
    """
    >>> complex_member()
    (['int', 'double complex'], (2+4j), 6)
    """
    return sorted(twice.__signatures__, key=len), twice['double complex'](1 + 2j), twice['int'](3)
