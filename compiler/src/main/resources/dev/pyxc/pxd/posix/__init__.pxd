# The posix package of pyxc's declaration files (POSIX.1-2017 headers): posix.types,
# posix.stdlib, posix.time, posix.unistd, posix.fcntl, posix.resource.
