"""`cythonize()` for setup.py, with pyxc as the compiler.

A setup.py that used Cython's works by changing its import::

    from setuptools import setup
    from pyxc.build import cythonize

    setup(ext_modules=cythonize("pkg/*.pyx", compiler_directives={"boundscheck": False}))

Each `.pyx` is compiled to C now (as Cython's cythonize does) and the returned Extensions name
the C files; setuptools' build_ext builds them. A module is compiled again only when its `.pyx`,
or a `.pxd` or included file its last compile read (the depfile beside its C), changed.
"""
import glob
import os
import sys

from setuptools import Extension

from . import _java

__all__ = ["cythonize", "CompileError"]

# Marks in the first lines of the C (written by pyxc's emitter): what else a module's build needs.
OPENMP_MARK = "/* pyxc: uses OpenMP */"
NUMPY_MARK = "/* pyxc: uses numpy */"

# Cython's cythonize() options that pyxc implements; any other is refused by name.
_KNOWN = {"compiler_directives", "include_path", "annotate", "language_level", "build_dir", "depfile", "cache"}


class CompileError(Exception):
    """A module did not compile; the message holds pyxc's diagnostics."""


def cythonize(module_list, exclude=None, nthreads=0, aliases=None, quiet=False, force=None, language=None,
              exclude_failures=False, show_all_warnings=False, **options):
    """Compiles the `.pyx` modules `module_list` names (glob patterns, Extensions, or a list of
    them) and returns the Extensions that build their C, with Cython's arguments where they apply:
    `exclude` patterns, `nthreads` compiler processes, `quiet`, `force`, `exclude_failures`,
    `compiler_directives`, `include_path`, `annotate`, `language_level` and `build_dir`."""
    unknown = sorted(set(options) - _KNOWN)
    if unknown:
        raise TypeError("cythonize() option(s) %s are not supported by pyxc" % ", ".join(unknown))
    if aliases:
        raise TypeError("cythonize(aliases=...) is not supported by pyxc")
    if language not in (None, "c"):
        raise ValueError("pyxc generates C only, not %r" % language)
    if options.get("cache"):
        raise ValueError("cythonize(cache=...) (Cython's compilation cache) is not supported by pyxc")
    if force is None:
        force = os.environ.get("CYTHON_FORCE_REGEN") == "1"
    directives = dict(options.get("compiler_directives") or {})
    if options.get("language_level") is not None:
        directives["language_level"] = options["language_level"]
    build_dir = options.get("build_dir")
    excluded = set()
    for pattern in ([exclude] if isinstance(exclude, str) else exclude or []):
        excluded.update(os.path.abspath(p) for p in glob.glob(pattern, recursive=True))

    extensions = _extensions(module_list, excluded)
    jobs = []  # (pyx, c) of each module to compile
    for ext in extensions:
        for i, source in enumerate(ext.sources):
            if not source.endswith(".pyx"):
                continue
            c = _c_file(source, build_dir)
            ext.sources[i] = c
            if force or not _up_to_date(source, c):
                jobs.append((ext, source, c))
    if not quiet:
        for n, (_, source, _) in enumerate(jobs, 1):
            print("[%d/%d] Compiling %s with pyxc" % (n, len(jobs), source))
    failed = _compile(jobs, directives, options, nthreads, quiet)
    out = []
    for ext in extensions:
        if any(ext is j[0] for j in jobs if j[1] in failed):
            if exclude_failures:
                continue
            raise CompileError("pyxc could not compile %s:\n%s" % (
                ", ".join(j[1] for j in jobs if j[0] is ext and j[1] in failed),
                "\n".join(failed[j[1]] for j in jobs if j[0] is ext and j[1] in failed)))
        _add_build_needs(ext)
        out.append(ext)
    return out


def _extensions(module_list, excluded):
    """The Extensions module_list names: a pattern gives one per matching .pyx, named by its packages."""
    if isinstance(module_list, (str, Extension)):
        module_list = [module_list]
    out = []
    for item in module_list:
        if isinstance(item, str):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches and not glob.has_magic(item):
                raise ValueError("'%s' doesn't match any files" % item)
            for path in matches:
                if path.endswith((".pyx", ".py")) and os.path.abspath(path) not in excluded and path.endswith(".pyx"):
                    out.append(Extension(module_name(path), [path]))
        elif isinstance(item, Extension):
            if "*" in item.name:
                # Cython's form: Extension("pkg.*", ["pkg/*.pyx"], ...) is one Extension per match, with its settings.
                for path in sorted(p for s in item.sources for p in glob.glob(s, recursive=True)):
                    if path.endswith(".pyx") and os.path.abspath(path) not in excluded:
                        out.append(_copy(item, module_name(path), [path]))
            else:
                out.append(item)
        else:
            raise TypeError("cythonize() takes glob patterns and Extensions, not %r" % (item,))
    return out


def _copy(ext, name, sources):
    fields = {k: list(v) if isinstance(v, list) else v for k, v in vars(ext).items()
              if k not in ("name", "sources", "_needs_stub", "_full_name", "_links_to_dynamic", "_file_name")}
    copy = Extension(name, sources)
    for k, v in fields.items():
        setattr(copy, k, v)
    return copy


def module_name(pyx):
    """The full name of the module `pyx` (its directories with __init__ files are its packages)."""
    directory, base = os.path.split(os.path.abspath(pyx))
    parts = [os.path.splitext(base)[0]]
    while any(os.path.exists(os.path.join(directory, "__init__" + e)) for e in (".py", ".pyx", ".pxd")):
        directory, package = os.path.split(directory)
        parts.insert(0, package)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _c_file(pyx, build_dir):
    c = os.path.splitext(pyx)[0] + ".c"
    if build_dir:
        c = os.path.join(build_dir, os.path.relpath(c) if not os.path.isabs(c) else c.lstrip(os.sep))
    return c


def _up_to_date(pyx, c):
    """Whether `c` is newer than `pyx` and than every file its depfile lists."""
    try:
        made = os.stat(c).st_mtime
    except OSError:
        return False
    inputs = [pyx] + depfile_inputs(c + ".dep")
    try:
        return all(os.stat(p).st_mtime <= made for p in inputs)
    except OSError:
        return False


def depfile_inputs(depfile):
    """The files a depfile (`target: dep \\ dep ...`, spaces escaped) names; none if there is none."""
    try:
        with open(depfile) as f:
            text = f.read()
    except OSError:
        return []
    rule = text[text.index(":") + 1:] if ":" in text else ""
    words, cur, i = [], "", 0
    rule = rule.replace("\\\n", " ")
    while i < len(rule):
        ch = rule[i]
        if ch == "\\" and i + 1 < len(rule) and rule[i + 1] == " ":
            cur += " "
            i += 2
            continue
        if ch.isspace():
            if cur:
                words.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if cur:
        words.append(cur)
    return words


def _compile(jobs, directives, options, nthreads, quiet):
    """Compiles the jobs with `pyxc cython` in up to `nthreads` compiler processes at a time;
    returns {pyx: diagnostics} of those that failed."""
    import subprocess
    from concurrent.futures import ThreadPoolExecutor
    args = ["cython", "-M"]
    for name, value in directives.items():
        args += ["-X", "%s=%s" % (name, value)]
    for d in options.get("include_path") or []:
        args += ["-I", d]
    if options.get("annotate"):
        args.append("-a")
    if not jobs:
        return {}
    workers = max(1, min(int(nthreads or 1), len(jobs)))
    beside = [(pyx, c) for _, pyx, c in jobs if c == os.path.splitext(pyx)[0] + ".c"]
    elsewhere = [(pyx, c) for _, pyx, c in jobs if c != os.path.splitext(pyx)[0] + ".c"]
    # A JVM started once compiles many sources whose C goes beside them; -o names one source's C.
    calls = [beside[w::workers] for w in range(workers) if beside[w::workers]] + [[job] for job in elsewhere]

    def run(call):
        extra = ["-o", call[0][1]] if call[0] in elsewhere else []
        for _, c in call:
            os.makedirs(os.path.dirname(os.path.abspath(c)), exist_ok=True)
        done = _java.run(args + extra + [pyx for pyx, _ in call], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return call, done

    failed = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for call, done in pool.map(run, calls):
            text = done.stdout.strip()
            # A source that failed leaves no C (pyxc removes a stale one).
            bad = [pyx for pyx, c in call if done.returncode != 0 and not os.path.exists(c)]
            if done.returncode != 0 and not bad:
                bad = [pyx for pyx, _ in call]
            for pyx in bad:
                failed[pyx] = text
            if text and not bad and not quiet:
                print(text, file=sys.stderr)
    return failed


def _add_build_needs(ext):
    """What the C asks of its build: numpy's headers for `cimport numpy`, OpenMP for prange, libm."""
    for source in ext.sources:
        if not source.endswith(".c"):
            continue
        with open(source, encoding="utf-8") as f:
            head = [next(f, "").rstrip("\n") for _ in range(40)]
        if NUMPY_MARK in head:
            import numpy
            if numpy.get_include() not in ext.include_dirs:
                ext.include_dirs.append(numpy.get_include())
        if OPENMP_MARK in head:
            for flags in (ext.extra_compile_args, ext.extra_link_args):
                if "-fopenmp" not in flags:
                    flags.append("-fopenmp")
    if "m" not in ext.libraries:
        ext.libraries.append("m")
