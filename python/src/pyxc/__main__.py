"""The `pyxc` command of the Python package: the compiler jar run by Java, with its arguments."""
import os
import sys

from . import _java


def main(argv=None):
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        cmd = _java.command(args)
    except _java.JavaNotFound as e:
        print("pyxc: %s" % e, file=sys.stderr)
        return 2
    sys.stdout.flush()
    os.execve(cmd[0], cmd, _java.environment())


if __name__ == "__main__":
    sys.exit(main())
