# `**` of C complex numbers by Python's rules for complex `**`: an integral exponent (up to 100
# either way) by repeated squaring, so z ** 2 is z * z to the last bit (statsmodels' complex-step
# derivatives read the imaginary part), any other exponent in polar form. Expected values are
# Python's own complex results.

def small_powers(double complex z):
    """
    >>> small_powers(1.5 + 1e-20j)
    ((1+0j), (1.5+1e-20j), (2.25+2.9999999999999997e-20j), (3.375+6.749999999999999e-20j), (5.0625+1.3499999999999998e-19j))
    >>> small_powers(0.5 - 2j)
    ((1+0j), (0.5-2j), (-3.75-2j), (-5.875+6.5j), (10.0625+15j))
    """
    return z ** 0, z ** 1, z ** 2, z ** 3, z ** 4

def negative_powers(double complex z):
    """
    >>> negative_powers(2 + 1e-20j)
    ((0.5-2.5e-21j), (0.25-2.5e-21j), (0.0625-1.25e-21j))
    """
    return z ** -1, z ** -2, z ** -4

def other_powers(double complex z, double complex w):
    """
    >>> other_powers(4, 0.5)
    (2+0j)
    >>> other_powers(0, 2.5)
    0j
    >>> other_powers(-4, 0.5)
    (1.2246467991473532e-16+2j)
    >>> other_powers(1 + 1j, 1j)
    (0.4288290062943679+0.1548717524642468j)
    >>> other_powers(2 + 1e-20j, 5)
    (32+8e-19j)
    """
    return z ** w

def float_powers(float complex z):
    """
    >>> float_powers(1.5 + 0.25j)
    ((2.1875+0.75j), (3.09375+1.671875j))
    """
    return z ** 2, z ** 3
