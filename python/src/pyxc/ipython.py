"""The `%%pyxc` cell magic: compiles the cell as a .pyx module and binds its names, as `%%cython` does.

    %load_ext pyxc

    %%pyxc -X boundscheck=False
    def total(double[:] xs):
        cdef double s = 0
        for x in xs:
            s += x
        return s

Options: `-a` shows the annotated page of the cell's C inline, `-X NAME=VALUE` sets a compiler
directive (repeatable), `--refcheck` also runs the cell's doctests under a debug interpreter and
checks their reference counts (needs python3-dbg), `-n NAME` names the module.
"""
import hashlib
import importlib.machinery
import importlib.util
import os
import subprocess
import sys

from IPython.core import magic_arguments
from IPython.core.magic import Magics, cell_magic, magics_class

from . import _java


@magics_class
class PyxcMagics(Magics):
    @magic_arguments.magic_arguments()
    @magic_arguments.argument("-a", "--annotate", action="store_true", help="show the annotated page of the C")
    @magic_arguments.argument("-X", "--directive", action="append", default=[], help="a compiler directive, NAME=VALUE")
    @magic_arguments.argument("--refcheck", action="store_true", help="run the cell's doctests with reference counts checked")
    @magic_arguments.argument("-n", "--name", help="the module's name (default: one derived from the cell)")
    @cell_magic
    def pyxc(self, line, cell):
        """Compiles the cell with pyxc, imports it, and binds its public names in the notebook."""
        args = magic_arguments.parse_argstring(self.pyxc, line)
        code = cell if cell.endswith("\n") else cell + "\n"
        key = repr((code, sorted(args.directive), sys.version, os.path.getmtime(_java.JAR)))
        name = args.name or "_pyxc_magic_" + hashlib.sha256(key.encode()).hexdigest()[:20]
        lib = os.path.join(self.shell.ipython_dir, "pyxc")
        os.makedirs(lib, exist_ok=True)
        pyx = os.path.join(lib, name + ".pyx")
        so = os.path.join(lib, name + importlib.machinery.EXTENSION_SUFFIXES[0])
        html = os.path.join(lib, name + ".html")
        if args.name or not os.path.exists(so) or (args.annotate and not os.path.exists(html)):
            with open(pyx, "w", encoding="utf-8") as f:
                f.write(code)
            build = ["build", "--force", "--python", sys.executable] + (["-a"] if args.annotate else [])
            for d in args.directive:
                build += ["-X", d]
            done = _java.run(build + [pyx], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if done.returncode != 0:
                print(done.stdout, file=sys.stderr, end="")
                return None
        if args.refcheck:
            test = ["test", "--refcheck"] + [x for d in args.directive for x in ("-X", d)]
            done = _java.run(test + [pyx], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            print(done.stdout, end="")
        spec = importlib.util.spec_from_file_location(name, so, loader=importlib.machinery.ExtensionFileLoader(name, so))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[name] = module
        self.shell.push({k: v for k, v in vars(module).items() if not k.startswith("__")})
        if args.annotate:
            from IPython.display import HTML
            with open(html, encoding="utf-8") as f:
                return HTML(f.read())
        return None
