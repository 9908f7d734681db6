package dev.pyxc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@code .srctree} file, Cython's format for tests of several files: command lines first
 * ({@code PYTHON setup.py build_ext --inplace}, {@code PYTHON -c "import a"}), then each file
 * after a {@code ######## path ########} line. The test passes when every command succeeds.
 */
public record SourceTree(List<List<String>> commands, Map<String, String> files) {
  /** What a {@code setup.py} names as Cython sources: quoted paths or patterns ending in .pyx (or .py). */
  private static final Pattern INCLUDE_PATH = Pattern.compile("include_path\\s*=\\s*\\[([^\\]]*)\\]");
  private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']+)[\"']");
  private static final Pattern SOURCE = Pattern.compile("[\"']([^\"'\\s]*\\.pyx?)[\"']");
  /** {@code Extension("name", [sources])} or {@code Extension("name", sources=[...])}. */
  private static final Pattern C_EXTENSION =
      Pattern.compile("Extension\\(\\s*[\"']([\\w.]+)[\"']\\s*,\\s*(?:sources\\s*=\\s*)?\\[([^\\]]*)\\]");

  /** How the modules get built when a command runs {@code setup.py build_ext}: null, or why it failed. */
  public interface Builder {
    /** Builds {@code sources}: null, or what failed; {@code expectedToFail}: a failure is what the tree wants (not a result to report). */
    String build(Path dir, List<Path> sources, boolean expectedToFail) throws IOException, InterruptedException;
  }

  public static SourceTree read(Path file) throws IOException {
    return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  public static SourceTree parse(String text) {
    List<List<String>> commands = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    String current = null;
    StringBuilder content = new StringBuilder();
    for (String line : text.split("(?<=\n)")) {
      if (line.startsWith("#####")) {
        if (current != null) files.put(current, content.toString());
        current = line.strip().replaceAll("^#+|#+$", "").strip();
        content.setLength(0);
      } else if (current != null) {
        content.append(line);
      } else {
        String s = line.strip();
        if (s.isEmpty() || s.equals("\"\"\"") || s.equals("'''") || s.startsWith("#")) continue;
        List<String> words = split(s);
        if (!words.isEmpty()) commands.add(words);
      }
    }
    if (current != null) files.put(current, content.toString());
    return new SourceTree(List.copyOf(commands), java.util.Collections.unmodifiableMap(files));
  }

  /** Writes the files under {@code dir}. */
  public void unpack(Path dir) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey()).normalize();
      if (!p.startsWith(dir)) throw new IOException("file outside the tree: " + f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
  }

  /** A command line split as a POSIX shell splits words: quotes group, a backslash escapes (Python's shlex). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') quote = 0;
        else word.append(c);
      } else if (quote == '"') {
        if (c == '"') quote = 0;
        else if (c == '\\' && i + 1 < line.length() && "\\\"$`\n".indexOf(line.charAt(i + 1)) >= 0) word.append(line.charAt(++i));
        else word.append(c);
      } else if (Character.isWhitespace(c)) {
        if (word != null) out.add(word.toString());
        word = null;
      } else {
        if (word == null) word = new StringBuilder();
        if (c == '\'' || c == '"') quote = c;
        else if (c == '\\' && i + 1 < line.length()) word.append(line.charAt(++i));
        else word.append(c);
      }
    }
    if (word != null) out.add(word.toString());
    return out;
  }

  /**
   * Unpacks the tree into {@code dir} and runs its commands there with {@code py}: a
   * {@code PYTHON setup.py build_ext ...} line builds with {@code builder} the {@code .pyx} files
   * the setup.py names (every one when it names none), any other {@code PYTHON ...} line runs as
   * written. Null when every command succeeded, else what failed.
   */
  public String run(Path dir, PythonConfig py, Builder builder, java.util.Map<String, String> env, long timeoutSeconds)
      throws IOException, InterruptedException {
    unpack(dir);
    for (List<String> command : commands) {
      if (command.get(0).equals("UNSET")) continue; // runtests.py's environment tweaks: nothing of it is set here
      if (!command.get(0).equals("PYTHON")) return "'" + command.get(0) + "' commands in a .srctree are not supported by pyxc";
      List<String> args = command.subList(1, command.size());
      if (args.size() >= 2 && args.get(0).equals("setup.py") && args.contains("build_ext")) {
        List<Path> sources = sources(dir);
        if (sources == null) return "compiling .py modules (setup.py cythonizes .py files) is not supported by pyxc";
        // Modules the setup.py cythonizes inside `try: ... except CompileError:` must fail to compile.
        List<Path> failing = expectedToFail(dir, sources);
        for (Path f : failing) {
          if (builder.build(dir, List.of(f), true) == null) return dir.relativize(f) + " compiled, where its setup.py expects a compile error";
        }
        String failed = builder.build(dir, sources.stream().filter(p -> !failing.contains(p)).toList(), false);
        if (failed == null) failed = buildCExtensions(dir, py);
        if (failed != null) return failed;
        continue;
      }
      if (runsCython(dir, args)) return "a .srctree command that runs Cython itself is not supported by pyxc";
      List<String> cmd = new ArrayList<>(List.of(py.executable()));
      cmd.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
      pb.environment().putAll(env);
      pb.environment().merge("PYTHONPATH", dir.toString(), (a, b) -> b + java.io.File.pathSeparator + a);
      Path log = Files.createTempFile(dir, "command", ".log");
      pb.redirectOutput(log.toFile());
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return String.join(" ", command) + " did not finish in " + timeoutSeconds + " s";
      }
      String out = Files.readString(log, StandardCharsets.ISO_8859_1);
      Files.delete(log);
      if (p.exitValue() != 0) return String.join(" ", command) + " failed:\n" + out;
    }
    return null;
  }

  /**
   * Where {@code build_ext --inplace} puts the extension module compiled from {@code pyx}: under the
   * tree's root at the path its full module name gives ({@code src/m.pyx} outside any package is
   * {@code m}, beside setup.py), with {@code suffix} ({@code .cpython-311-x86_64-linux-gnu.so}).
   */
  public static Path inplaceModule(Path root, Path pyx, String fullName, String suffix) {
    String path = fullName.replace('.', '/') + (pyx.getFileName().toString().equals("__init__.pyx") ? "/__init__" : "");
    return root.resolve(path + suffix);
  }

  /** What compiles with Cython (its API, its command, pip building a package): a test that does is Cython's test, not pyxc's. */
  private static final Pattern CYTHON_USE = Pattern.compile(
      "cythonize|Cython\\.Build|Cython\\.Compiler|Cython\\.Debugger|Cython\\.Coverage|pyximport|cython\\.py|['\"]cython['\"]");

  /**
   * Whether a {@code PYTHON ...} command (other than the setup.py build pyxc does itself) would
   * compile with Cython: {@code -m Cython...} or {@code -m pip}, or a script or {@code -c} code
   * that uses Cython's compiler.
   */
  private static boolean runsCython(Path dir, List<String> args) throws IOException {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-m") && i + 1 < args.size()) {
        String module = args.get(i + 1);
        return module.startsWith("Cython") || module.equals("pip") || module.equals("cython");
      }
      if (a.equals("-c") && i + 1 < args.size()) return CYTHON_USE.matcher(args.get(i + 1)).find();
      if (!a.startsWith("-")) {
        Path script = dir.resolve(a);
        return Files.isRegularFile(script) && CYTHON_USE.matcher(Files.readString(script, StandardCharsets.ISO_8859_1)).find();
      }
    }
    return false;
  }

  /** Cython's cimport_from_pyx option set by a setup.py ({@code Cython.Compiler.Options.cimport_from_pyx = True}). */
  private static final Pattern CIMPORT_FROM_PYX = Pattern.compile("\\bcimport_from_pyx\\s*=\\s*True\\b");

  /** The compile options a tree's setup.py sets (Cython's cimport_from_pyx), as pyxc settings. */
  public static List<dev.pyxc.driver.Compiler.DirectiveSetting> compilerOptions(Path dir) throws IOException {
    Path setup = dir.resolve("setup.py");
    if (!Files.isRegularFile(setup) || !CIMPORT_FROM_PYX.matcher(Files.readString(setup)).find()) return List.of();
    return List.of(new dev.pyxc.driver.Compiler.DirectiveSetting(dev.pyxc.driver.Compiler.CIMPORT_FROM_PYX, "True"));
  }

  /** {@code cythonize(..., include_path=["a", "b"])} in the tree's setup.py: where its .pxd files are also looked for. */
  public static List<Path> includePath(Path dir) throws IOException {
    Path setup = dir.resolve("setup.py");
    List<Path> out = new ArrayList<>();
    if (!Files.isRegularFile(setup)) return out;
    Matcher m = INCLUDE_PATH.matcher(Files.readString(setup));
    while (m.find()) {
      Matcher item = QUOTED.matcher(m.group(1));
      while (item.find()) out.add(dir.resolve(item.group(1)));
    }
    return out;
  }

  /**
   * The extensions a setup.py builds from C files alone ({@code Extension("b", ["b.c"])}, which
   * may include a module's {@code _api.h}), built in place after the Cython modules; null, or what failed.
   */
  private static String buildCExtensions(Path dir, PythonConfig py) throws IOException {
    Path setup = dir.resolve("setup.py");
    if (!Files.isRegularFile(setup)) return null;
    Matcher m = C_EXTENSION.matcher(Files.readString(setup));
    while (m.find()) {
      List<String> items = new ArrayList<>();
      Matcher q = QUOTED.matcher(m.group(2));
      while (q.find()) items.add(q.group(1));
      if (items.isEmpty() || !items.stream().allMatch(i -> i.endsWith(".c"))) continue;
      List<String> flags = new ArrayList<>(List.of("-I" + dir));
      items.subList(1, items.size()).forEach(i -> flags.add(dir.resolve(i).toString()));
      Path so = dir.resolve(m.group(1).replace('.', '/') + py.extSuffix());
      try {
        Gcc.build(py, dir.resolve(items.get(0)), so, flags);
      } catch (IOException e) {
        return "gcc: " + e.getMessage();
      }
    }
    return null;
  }

  /**
   * The C files a setup.py builds into the same extension as {@code pyx}
   * ({@code Extension("m", sources=["m.pyx", "helper.c"])}), beside it in the tree.
   */
  public static List<Path> extraCSources(Path dir, Path pyx) throws IOException {
    Path setup = dir.resolve("setup.py");
    if (!Files.isRegularFile(setup)) return List.of();
    String name = dir.relativize(pyx).toString();
    Matcher lists = C_EXTENSION.matcher(Files.readString(setup));
    while (lists.find()) {
      List<String> items = new ArrayList<>();
      Matcher q = QUOTED.matcher(lists.group(2));
      while (q.find()) items.add(q.group(1));
      if (!items.contains(name)) continue;
      return items.stream().filter(i -> i.endsWith(".c")).map(dir::resolve).toList();
    }
    return List.of();
  }

  /** The sources a setup.py cythonizes in a {@code try:} whose handler is {@code except CompileError}. */
  private static List<Path> expectedToFail(Path dir, List<Path> sources) throws IOException {
    Path setup = dir.resolve("setup.py");
    if (!Files.isRegularFile(setup)) return List.of();
    String text = Files.readString(setup);
    List<Path> out = new ArrayList<>();
    Matcher tries = TRY_COMPILE_ERROR.matcher(text);
    while (tries.find()) {
      Matcher m = SOURCE.matcher(tries.group(2));
      while (m.find()) {
        java.nio.file.PathMatcher glob = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + m.group(1));
        sources.stream().filter(p -> glob.matches(dir.relativize(p))).forEach(out::add);
      }
    }
    return out;
  }

  /** {@code try:} and its body (group 2), up to a handler of CompileError at the same indentation. */
  private static final Pattern TRY_COMPILE_ERROR = Pattern.compile("(?m)^([ \\t]*)try:[ \\t]*\\n((?:\\1[ \\t]+.*\\n|[ \\t]*\\n)*)\\1except[^\\n]*CompileError");

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
    // As cythonize's globs: `**/` is any number of directories, none included. In the order
    // setup.py names them, as its cythonize calls run: a module may include a header an earlier
    // one writes (`m1_api.h`).
    java.util.Set<Path> ordered = new java.util.LinkedHashSet<>();
    for (String pattern : patterns) {
      List<java.nio.file.PathMatcher> matchers = (pattern.startsWith("**/") ? Stream.of(pattern, pattern.substring(3)) : Stream.of(pattern))
          .map(p -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
      for (Path p : all) if (matchers.stream().anyMatch(m -> m.matches(dir.relativize(p)))) ordered.add(p);
    }
    return List.copyOf(ordered);
  }
}
