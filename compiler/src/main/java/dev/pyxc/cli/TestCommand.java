package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "test", description = "Build .pyx modules (files or directories) and run their docstring doctests.",
    mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = ".pyx files or directories containing them")
  List<Path> paths;

  @Option(names = "--python", paramLabel = "PY", description = "interpreter to test with (default: python3)")
  String python = "python3";

  @Option(names = "--refcheck", description = "also run under a debug interpreter and check that reference counts balance")
  boolean refcheck;

  @Option(names = "-X", paramLabel = "name=value,...", description = "set compiler directives, as in Cython")
  List<String> directives = new ArrayList<>();

  @Option(names = "--debug", description = "show Java stack traces for internal errors")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    List<Path> files = new ArrayList<>();
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    List<PythonConfig> pythons = new ArrayList<>();
    try {
      xs = CompileSupport.directives(directives);
      for (Path p : paths) files.addAll(pyxFiles(p));
      pythons.add(PythonConfig.query(python));
      if (refcheck) pythons.add(debugPython(pythons.get(0)));
    } catch (CompileSupport.UsageError | IOException e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    Path work = Files.createTempDirectory("pyxc-test");
    Path runner = work.resolve("doctest_runner.py");
    try (InputStream in = TestCommand.class.getResourceAsStream("doctest_runner.py")) {
      Files.write(runner, in.readAllBytes());
    }
    int failed = 0;
    try {
      for (Path f : files) {
        if (!testOne(f, xs, pythons, work, runner)) failed++;
      }
    } finally {
      deleteTree(work);
    }
    System.out.println((files.size() - failed) + " of " + files.size() + " modules passed");
    return failed == 0 ? Main.OK : Main.INPUT_ERROR;
  }

  private boolean testOne(Path f, List<dev.pyxc.driver.Compiler.DirectiveSetting> xs, List<PythonConfig> pythons, Path work,
      Path runner) throws Exception {
    String name = CompileSupport.moduleName(f);
    Path dir = Files.createDirectories(work.resolve(name + "-" + Integer.toHexString(f.toAbsolutePath().hashCode())));
    Path c = dir.resolve(name + ".c");
    if (CompileSupport.compileTo(f, c, xs, false, System.out, System.err) != Main.OK) {
      System.out.println("FAIL " + f + " (compile)");
      return false;
    }
    for (PythonConfig py : pythons) {
      Path so = dir.resolve(name + py.extSuffix());
      try {
        Gcc.build(py, c, so);
      } catch (IOException e) {
        System.out.println("FAIL " + f + " (gcc for " + py.executable() + ")\n" + e.getMessage());
        return false;
      }
      List<String> cmd = new ArrayList<>(List.of(py.executable(), runner.toString(), dir.toString(), name));
      if (py.debugBuild() && refcheck) cmd.add("--refcheck");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int rc = p.waitFor();
      if (rc != 0) {
        System.out.println("FAIL " + f + " (" + py.executable() + ")\n" + out);
        return false;
      }
      System.out.println("ok   " + f + " [" + py.executable() + "] " + out.strip().lines().reduce((a, b) -> b).orElse(""));
    }
    return true;
  }

  private static PythonConfig debugPython(PythonConfig release) throws IOException {
    if (release.debugBuild()) return release;
    for (String candidate : List.of("python3.11-dbg", "python3-dbg")) {
      try {
        PythonConfig py = PythonConfig.query(candidate);
        if (py.debugBuild()) return py;
      } catch (IOException ignored) {
        // try the next name
      }
    }
    throw new IOException("--refcheck needs a debug interpreter: install python3-dbg (apt-get install python3-dbg)");
  }

  private static List<Path> pyxFiles(Path p) throws CompileSupport.UsageError, IOException {
    if (Files.isDirectory(p)) {
      try (Stream<Path> s = Files.walk(p)) {
        return s.filter(x -> x.toString().endsWith(".pyx")).sorted().toList();
      }
    }
    if (!Files.exists(p)) throw new CompileSupport.UsageError("no such file or directory: " + p);
    return List.of(p);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
