"""Finds Java and runs the compiler jar shipped in this package.

Start-up: the first run for a jar and a Java records the classes the compiler loads in a
class-data sharing archive (AppCDS) in the user's cache directory, from one training compile;
every later run maps it instead of loading and verifying the classes again (about a fifth of a
small compile), as the repository's ./pyxc does. A Java that cannot use the archive ignores it.
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "pyxc.jar")
TRAINING = os.path.join(HERE, "training.pyx")
JVM_FLAGS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"]
MINIMUM = 17


class JavaNotFound(RuntimeError):
    """No Java 17 or newer to run the compiler with; the message says what to do."""


def cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pyxc")


def find_java():
    """The java executable: $PYXC_JAVA, else $JAVA_HOME/bin/java, else java on PATH."""
    candidates = [os.environ.get("PYXC_JAVA")]
    if os.environ.get("JAVA_HOME"):
        candidates.append(os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
    candidates.append(shutil.which("java"))
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return os.path.realpath(c)
    raise JavaNotFound("pyxc needs Java %d or newer, and found no java (looked at $PYXC_JAVA, $JAVA_HOME and PATH): "
                       "install one (Debian and Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME"
                       % MINIMUM)


def java_version(java):
    """The major version of `java`, asked once per executable (remembered beside the archives)."""
    stamp = "%s %d" % (java, int(os.stat(java).st_mtime))
    key = os.path.join(cache_dir(), "java-" + hashlib.sha256(stamp.encode()).hexdigest()[:16])
    try:
        with open(key) as f:
            return int(f.read())
    except (OSError, ValueError):
        pass
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        raise JavaNotFound("pyxc needs Java %d or newer; %s does not say its version:\n%s" % (MINIMUM, java, out))
    major = int(m.group(2)) if m.group(1) == "1" else int(m.group(1))
    _write_quietly(key, str(major))
    return major


def _write_quietly(path, text):
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _archive(java):
    """The AppCDS archive for this jar and Java, made on first use; None where none can be made."""
    st = os.stat(JAR)
    digest = hashlib.sha256(("%s %d %d" % (JAR, st.st_size, st.st_mtime_ns)).encode()).hexdigest()[:16]
    archive = os.path.join(cache_dir(), "pyxc-%s-%s.jsa" % (digest, hashlib.sha256(java.encode()).hexdigest()[:8]))
    if os.path.exists(archive):
        return archive
    if not os.path.exists(TRAINING):
        return None
    try:
        os.makedirs(cache_dir(), exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cache_dir()) as train:
            made = os.path.join(train, "pyxc.jsa")
            subprocess.run([java] + JVM_FLAGS + ["-XX:ArchiveClassesAtExit=" + made, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                            "-jar", JAR, "compile", "-a", "-o", os.path.join(train, "training.c"), TRAINING],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if os.path.exists(made):
                # Moved into place whole: a concurrent run never maps half an archive.
                os.replace(made, archive)
                return archive
    except OSError:
        pass
    return None


def command(args):
    """The command line that runs the compiler with `args`."""
    if not os.path.exists(JAR):
        raise JavaNotFound("this pyxc package has no compiler jar (%s): reinstall it from a pyxc checkout" % JAR)
    java = find_java()
    major = java_version(java)
    if major < MINIMUM:
        raise JavaNotFound("pyxc needs Java %d or newer; %s is Java %d: install a newer one "
                           "(Debian and Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME" % (MINIMUM, java, major))
    flags = list(JVM_FLAGS)
    archive = _archive(java)
    if archive:
        flags += ["-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
    return [java] + flags + ["-jar", JAR] + list(args)


def environment():
    """The environment the compiler runs in: it builds for, and finds installed .pxd files through, this interpreter."""
    env = dict(os.environ)
    env.setdefault("PYXC_PYTHON", sys.executable)
    env.setdefault("PYXC_SYS_PATH", os.pathsep.join(p for p in sys.path if p))
    return env


def run(args, **kwargs):
    """Runs the compiler with `args` (subprocess.run's keyword arguments apply); returns the CompletedProcess."""
    return subprocess.run(command(args), env=environment(), **kwargs)
