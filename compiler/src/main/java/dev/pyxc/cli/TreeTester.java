package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.driver.Compiler;
import dev.pyxc.driver.DeclarationFileFinder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a {@code .srctree} test with pyxc in Cython's place: its files are unpacked into a fresh
 * directory; {@code PYTHON setup.py build_ext --inplace} compiles the {@code .pyx} files its
 * {@code setup.py} names (every one when it names none) with pyxc and builds each where its package
 * puts it, and every other {@code PYTHON ...} command runs there. Each interpreter (the release one,
 * and a debug one for {@code --refcheck}) runs the whole tree.
 */
public final class TreeTester {
  /** What a {@code setup.py} names as Cython sources: quoted paths or patterns ending in .pyx (or .py). */
  private static final Pattern SOURCE = Pattern.compile("[\"']([^\"'\\s]*\\.pyx?)[\"']");

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
      tree.unpack(dir);
      for (List<String> command : tree.commands()) {
        if (!command.get(0).equals("PYTHON")) {
          log.println("FAIL " + srctree + ": '" + command.get(0) + "' commands in a .srctree are not supported by pyxc");
          return false;
        }
        List<String> args = command.subList(1, command.size());
        if (args.size() >= 2 && args.get(0).equals("setup.py") && args.contains("build_ext")) {
          if (!build(srctree, dir, py, log)) return false;
          continue;
        }
        List<String> cmd = new ArrayList<>(List.of(py.executable()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", dir.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
          log.println("FAIL " + srctree + " [" + py.executable() + "]: " + String.join(" ", command) + "\n" + out);
          return false;
        }
      }
      log.println("ok   " + srctree + " [" + py.executable() + "] " + tree.commands().size() + " command(s)");
    }
    return true;
  }

  /** Compiles and builds the tree's modules for {@code py}, as its setup.py would with Cython. */
  private boolean build(Path srctree, Path dir, PythonConfig py, PrintStream log) throws IOException {
    List<Path> sources = sources(dir);
    if (sources == null) {
      log.println("FAIL " + srctree + ": compiling .py modules (setup.py cythonizes .py files) is not supported by pyxc");
      return false;
    }
    for (Path pyx : sources) {
      String stem = pyx.getFileName().toString().replaceFirst("\\.pyx$", "");
      Path c = pyx.resolveSibling(stem + ".c");
      if (CompileSupport.compileTo(pyx, c, directives, CompileSupport.Extras.NONE, log, log, List.of(dir), new ArrayList<>())
          != Main.OK) {
        log.println("FAIL " + srctree + " (compile of " + dir.relativize(pyx) + ")");
        return false;
      }
      String full = new DeclarationFileFinder(pyx.getParent(), stem, List.of(), false).moduleName();
      try {
        Gcc.build(py, c, pyx.resolveSibling(full.substring(full.lastIndexOf('.') + 1) + py.extSuffix()),
            List.of("-I" + pyx.getParent(), "-I" + dir));
      } catch (IOException e) {
        log.println("FAIL " + srctree + " (gcc for " + py.executable() + ")\n" + e.getMessage());
        return false;
      }
    }
    return true;
  }

  /** The .pyx files setup.py names (all of the tree's when it names none); null when it names .py sources. */
  private static List<Path> sources(Path dir) throws IOException {
    Path setup = dir.resolve("setup.py");
    List<String> patterns = new ArrayList<>();
    if (Files.isRegularFile(setup)) {
      Matcher m = SOURCE.matcher(Files.readString(setup));
      while (m.find()) patterns.add(m.group(1));
    }
    if (patterns.stream().anyMatch(p -> p.endsWith(".py"))) return null;
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.filter(p -> p.toString().endsWith(".pyx")).sorted().toList();
    }
    if (patterns.isEmpty()) return all;
    List<PathMatcher> matchers = patterns.stream().map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
    return all.stream().filter(p -> matchers.stream().anyMatch(m -> m.matches(dir.relativize(p)))).toList();
  }
}
