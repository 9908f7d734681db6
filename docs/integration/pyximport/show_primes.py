import pyxc.pyximport

pyxc.pyximport.install()

import primes  # noqa: E402  (compiled from primes.pyx on first import)

print(primes.primes(20))
