"""Puts the compiler into the package: the jar of this checkout (built first when it is missing
or older than the sources, as ./pyxc builds it) and the module its first run trains start-up on.
Everything else is declared in pyproject.toml."""
import os
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class BuildPyWithJar(build_py):
    def run(self):
        super().run()
        target = os.path.join(self.build_lib, "pyxc")
        jar = os.path.join(ROOT, "compiler", "target", "pyxc.jar")
        launcher = os.path.join(ROOT, "pyxc")
        if os.path.exists(launcher):
            # ./pyxc builds the jar when it is missing or stale; --version does nothing else.
            subprocess.run([launcher, "--version"], check=True, stdout=subprocess.DEVNULL)
        elif not os.path.exists(os.path.join(HERE, "src", "pyxc", "pyxc.jar")):
            raise SystemExit("pyxc: no compiler jar: build the package from a pyxc checkout")
        if os.path.exists(jar):
            shutil.copyfile(jar, os.path.join(target, "pyxc.jar"))
        training = os.path.join(ROOT, "examples", "kernels.pyx")
        if os.path.exists(training):
            shutil.copyfile(training, os.path.join(target, "training.pyx"))


setup(cmdclass={"build_py": BuildPyWithJar})
