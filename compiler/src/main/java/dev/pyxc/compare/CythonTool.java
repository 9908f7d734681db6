package dev.pyxc.compare;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Cython to compare with: a {@code cython.py} from a source checkout (run with the
 * interpreter) or an installed {@code cython}/{@code cython3} command, and the version it reports.
 */
public record CythonTool(List<String> command, String version) {
  /** Cython could not translate the module; {@code message} is its first diagnostic. */
  public static final class Rejected extends Exception {
    public Rejected(String message) {
      super(message);
    }
  }

  /** {@code path} as given, or the first of {@code cython}, {@code cython3} on PATH; null when none. */
  public static CythonTool locate(String path, String python) throws IOException {
    if (path == null) {
      for (String name : List.of("cython", "cython3")) {
        Path p = onPath(name);
        if (p != null) return of(List.of(p.toString()));
      }
      return null;
    }
    Path p = Path.of(path);
    if (!Files.exists(p) && !path.contains(File.separator)) p = onPath(path);
    if (p == null || !Files.exists(p)) throw new IOException("no Cython at " + path);
    return of(path.endsWith(".py") ? List.of(python, p.toAbsolutePath().toString()) : List.of(p.toAbsolutePath().toString()));
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(p)) return p;
    }
    return null;
  }

  private static CythonTool of(List<String> command) throws IOException {
    List<String> cmd = new ArrayList<>(command);
    cmd.add("--version");
    String out = run(cmd, null);
    Matcher m = Pattern.compile("Cython version (\\S+)").matcher(out);
    if (!m.find()) throw new IOException(String.join(" ", command) + " --version did not report a Cython version:\n" + out);
    return new CythonTool(List.copyOf(command), m.group(1));
  }

  /** Translates {@code pyx} (language level 3) to {@code PYX.c} beside it. */
  public Path translate(Path pyx) throws IOException, Rejected {
    return translate(pyx, null);
  }

  /** As above, looking for included files also in {@code includeDir} (the original's directory of a copy). */
  public Path translate(Path pyx, Path includeDir) throws IOException, Rejected {
    String file = pyx.getFileName().toString();
    Path c = pyx.resolveSibling(file.substring(0, file.length() - 4) + ".c");
    List<String> cmd = new ArrayList<>(command);
    if (includeDir != null) cmd.addAll(List.of("-I", includeDir.toString()));
    cmd.addAll(List.of("-3", file, "-o", c.getFileName().toString()));
    Process p = new ProcessBuilder(cmd).directory(pyx.getParent().toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("Cython did not finish on " + pyx);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    if (p.exitValue() != 0 || !Files.exists(c)) {
      String first = out.lines().filter(l -> l.startsWith(file + ":")).findFirst()
          .orElse(out.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("exit status " + p.exitValue()));
      throw new Rejected(first.strip());
    }
    return c;
  }

  public String describe() {
    return "Cython " + version + " (" + String.join(" ", command) + ")";
  }

  private static String run(List<String> cmd, Path dir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (dir != null) pb.directory(dir.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    return out;
  }
}
