package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.build.SourceTree;
import dev.pyxc.driver.Compiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@code .srctree} test ({@link SourceTree}) with pyxc in Cython's place: its modules
 * compiled by pyxc and built with gcc where their packages put them. Each interpreter (the release
 * one, and a debug one for {@code --refcheck}) runs the whole tree in a directory of its own.
 */
public final class TreeTester {
  /** A command running longer than this fails (a hang in compiled code). */
  private static final long TIMEOUT_SECONDS = 300;

  private final List<PythonConfig> pythons;
  private final List<Compiler.DirectiveSetting> directives;
  private final Path work;

  public TreeTester(List<PythonConfig> pythons, List<Compiler.DirectiveSetting> directives, Path work) {
    this.pythons = List.copyOf(pythons);
    this.directives = List.copyOf(directives);
    this.work = work;
  }

  public ModuleTester.Outcome test(Path srctree) throws IOException, InterruptedException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(buf, true, StandardCharsets.UTF_8);
    try {
      return new ModuleTester.Outcome(run(srctree, log), false, buf.toString(StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      log.println("FAIL " + srctree + " (" + CompileSupport.internalErrorText(e) + ")");
      return new ModuleTester.Outcome(false, CompileSupport.isInternalError(e), buf.toString(StandardCharsets.UTF_8));
    }
  }

  private boolean run(Path srctree, PrintStream log) throws IOException, InterruptedException {
    SourceTree tree = SourceTree.read(srctree);
    String stem = srctree.getFileName().toString().replaceFirst("\\.srctree$", "");
    for (PythonConfig py : pythons) {
      Path dir = Files.createDirectories(work.resolve(stem + "-" + Integer.toHexString(srctree.toAbsolutePath().hashCode())
          + (py.debugBuild() ? "-dbg" : "")));
      String failed = tree.run(dir, py, (root, sources, expectedToFail) -> build(root, sources, py, log), java.util.Map.of(),
          TIMEOUT_SECONDS);
      if (failed != null) {
        log.println("FAIL " + srctree + " [" + py.executable() + "]: " + failed);
        return false;
      }
      log.println("ok   " + srctree + " [" + py.executable() + "] " + tree.commands().size() + " command(s)");
    }
    return true;
  }

  /** Compiles and builds the tree's modules for {@code py} where the setup.py would with Cython; null, or what failed. */
  private String build(Path dir, List<Path> sources, PythonConfig py, PrintStream log) throws IOException {
    List<Path> includes = new ArrayList<>(List.of(dir));
    includes.addAll(SourceTree.includePath(dir));
    List<Compiler.DirectiveSetting> settings = new ArrayList<>(directives);
    settings.addAll(SourceTree.compilerOptions(dir));
    for (Path pyx : sources) {
      String stem = pyx.getFileName().toString().replaceFirst("\\.pyx$", "");
      Path c = pyx.resolveSibling(stem + ".c");
      if (CompileSupport.compileTo(pyx, c, settings, CompileSupport.Extras.NONE, log, log, includes, new CompileSupport.Compiled())
          != Main.OK) {
        return "compile of " + dir.relativize(pyx);
      }
      String full = new dev.pyxc.driver.DeclarationFileFinder(pyx.getParent(), stem, List.of(), false).moduleName();
      try {
        List<String> flags = new ArrayList<>(List.of("-I" + pyx.getParent(), "-I" + dir));
        SourceTree.extraCSources(dir, pyx).forEach(x -> flags.add(x.toString()));
        Gcc.build(py, c, SourceTree.inplaceModule(dir, pyx, full, py.extSuffix()), flags);
      } catch (IOException e) {
        return "gcc: " + e.getMessage();
      }
    }
    return null;
  }
}
