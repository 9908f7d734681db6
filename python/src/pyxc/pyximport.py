"""Import `.pyx` modules directly, compiled by pyxc on first import (as Cython's pyximport)::

    import pyxc.pyximport
    pyxc.pyximport.install()
    import mymodule          # mymodule.pyx on sys.path: compiled, built, imported

A module is built again when its `.pyx`, or a `.pxd` or included file its last build read,
changed. A module that does not compile raises ImportError carrying pyxc's diagnostics.
"""
import importlib.abc
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import threading

from . import _java
from .build import depfile_inputs

__all__ = ["install", "uninstall", "PyxImportError"]


class PyxImportError(ImportError):
    """A .pyx module that pyxc could not compile or build; the message holds its diagnostics."""


class PyxFinder(importlib.abc.MetaPathFinder):
    """Finds `NAME.pyx` where `import NAME` looks (sys.path, or the package's __path__)."""

    def __init__(self, build_dir, inplace, language_level, reload_support, directives):
        self.build_dir = build_dir
        self.inplace = inplace
        self.language_level = language_level
        self.reload_support = reload_support
        self.directives = dict(directives or {})
        self.lock = threading.Lock()
        self.reloads = 0

    def find_spec(self, fullname, path, target=None):
        name = fullname.rpartition(".")[2]
        for directory in (sys.path if path is None else path):
            pyx = os.path.join(directory or os.getcwd(), name + ".pyx")
            if os.path.isfile(pyx):
                with self.lock:
                    so = self._built(fullname, pyx)
                loader = importlib.machinery.ExtensionFileLoader(fullname, so)
                return importlib.util.spec_from_file_location(fullname, so, loader=loader)
        return None

    def _built(self, fullname, pyx):
        """The extension module of `pyx`, built (again) where it is missing or out of date."""
        out_dir = os.path.dirname(pyx) if self.inplace else self.build_dir
        suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
        parts = fullname.split(".")
        so = os.path.join(os.path.dirname(pyx), parts[-1] + suffix) if self.inplace \
            else os.path.join(out_dir, *parts[:-1], parts[-1] + suffix)
        c = so[: -len(suffix)] + ".c"
        if not self._up_to_date(so, pyx, c + ".dep"):
            args = ["build", "--python", sys.executable]
            if not self.inplace:
                args += ["--build-dir", out_dir]
            directives = dict(self.directives)
            if self.language_level is not None:
                directives["language_level"] = self.language_level
            for k, v in directives.items():
                args += ["-X", "%s=%s" % (k, v)]
            try:
                done = _java.run(args + ["--force", pyx], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            except _java.JavaNotFound as e:
                raise PyxImportError(str(e), name=fullname) from None
            if done.returncode != 0 or not os.path.exists(so):
                raise PyxImportError("Building module %s failed:\n%s" % (fullname, done.stdout.strip()), name=fullname)
        if self.reload_support and fullname in sys.modules:
            # A process loads an extension file once: a rebuilt module needs a file of its own to be imported again.
            self.reloads += 1
            copy = "%s.reload%d%s" % (so[: -len(suffix)], self.reloads, suffix)
            shutil.copyfile(so, copy)
            return copy
        return so

    @staticmethod
    def _up_to_date(so, pyx, depfile):
        try:
            built = os.stat(so).st_mtime
            return all(os.stat(p).st_mtime < built for p in [pyx] + depfile_inputs(depfile))
        except OSError:
            return False


def install(pyximport=True, pyimport=False, build_dir=None, build_in_temp=True, setup_args=None, reload_support=False,
            load_py_module_on_import_failure=False, inplace=False, language_level=None, directives=None):
    """Makes `import NAME` find and build NAME.pyx, with Cython's pyximport arguments where they
    apply: `build_dir` (default ~/.pyxcbld), `inplace` (the extension beside its source),
    `language_level`, `reload_support`; `directives` are compiler directives ({"boundscheck": False}).
    Returns (None, the finder installed), as Cython's returns (py importer, pyx importer)."""
    if pyimport:
        raise ValueError("pyxc.pyximport.install(pyimport=True) (compiling .py modules) is not supported by pyxc")
    if setup_args:
        raise ValueError("pyxc.pyximport.install(setup_args=...) is not supported by pyxc")
    if load_py_module_on_import_failure:
        raise ValueError("pyxc.pyximport.install(load_py_module_on_import_failure=True) is not supported by pyxc")
    if not pyximport:
        return None, None
    for finder in sys.meta_path:
        if isinstance(finder, PyxFinder):
            return None, finder
    if build_dir is None:
        build_dir = os.path.join(os.path.expanduser("~"), ".pyxcbld")
    finder = PyxFinder(os.path.abspath(build_dir), inplace, language_level, reload_support, directives)
    # Before the path finder: a stale NAME.so beside NAME.pyx must not win over the source.
    sys.meta_path.insert(0, finder)
    return None, finder


def uninstall(py_importer=None, pyx_importer=None):
    """Removes the finder install() added."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, PyxFinder)]
