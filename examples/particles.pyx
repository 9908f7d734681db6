# cython: language_level=3
"""
A particle system built around an extension type: positions and velocities live in typed
memoryviews held by the instance, the time step is a cpdef method running C loops over them,
and Python sees a sequence of particles (len, indexing, iteration through __getitem__) with
read-only properties. The checks run the same simulation in plain Python and compare.

>>> import random
>>> rng = random.Random(7)
>>> n = 50
>>> xs = [rng.uniform(-1, 1) for _ in range(n)]
>>> vs = [rng.uniform(-1, 1) for _ in range(n)]
>>> ps = Particles(xs, vs, damping=0.5)
>>> len(ps), ps.steps
(50, 0)
>>> ps.run(200, 0.01)
>>> ref_x, ref_v = list(xs), list(vs)
>>> for _ in range(200):
...     for i in range(n):
...         ref_v[i] += (-ref_x[i] - 0.5 * ref_v[i]) * 0.01
...         ref_x[i] += ref_v[i] * 0.01
>>> max(abs(a - b) for a, b in zip(ps.positions(), ref_x)) < 1e-12
True
>>> abs(ps.energy() - sum(0.5 * v * v + 0.5 * x * x for x, v in zip(ref_x, ref_v))) < 1e-12
True
>>> ps.steps, ps[0] == (ref_x[0], ref_v[0]), ps[-1] == (ref_x[-1], ref_v[-1])
(200, True, True)
>>> ps[50]
Traceback (most recent call last):
IndexError: particle index out of range
>>> ps.steps = 3
Traceback (most recent call last):
AttributeError: attribute 'steps' of 'particles.Particles' objects is not writable

A Python subclass overrides the force, and the compiled loop calls it:

>>> class Free(Particles):
...     def force(self, x):
...         return 0.0
>>> free = Free([0.0, 1.0], [1.0, -1.0], damping=0.0)
>>> free.run(10, 0.1)
>>> [round(x, 12) for x in free.positions()]
[1.0, 0.0]
"""

from array import array


cdef class Particles:
    """Particles on a line, pulled to 0 by a spring and slowed by damping."""
    cdef double[::1] x
    cdef double[::1] v
    cdef double damping
    cdef readonly long steps

    def __init__(self, positions, velocities, double damping=0.0):
        if len(positions) != len(velocities):
            raise ValueError('one velocity per position')
        self.x = array('d', positions)
        self.v = array('d', velocities)
        self.damping = damping
        self.steps = 0

    def __len__(self):
        return self.x.shape[0]

    def __getitem__(self, Py_ssize_t i):
        cdef Py_ssize_t n = self.x.shape[0]
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('particle index out of range')
        return self.x[i], self.v[i]

    cpdef double force(self, double x):
        """The spring's pull at x (a Python subclass may override it)."""
        return -x

    cpdef void step(self, double dt):
        cdef Py_ssize_t i
        cdef double[::1] x = self.x
        cdef double[::1] v = self.v
        for i in range(x.shape[0]):
            v[i] += (self.force(x[i]) - self.damping * v[i]) * dt
            x[i] += v[i] * dt
        self.steps += 1

    def run(self, long count, double dt):
        cdef long k
        for k in range(count):
            self.step(dt)

    def energy(self):
        cdef double e = 0.0
        cdef Py_ssize_t i
        for i in range(self.x.shape[0]):
            e += 0.5 * self.v[i] * self.v[i] + 0.5 * self.x[i] * self.x[i]
        return e

    def positions(self):
        return list(self.x)
