package dev.pyxc.conformance;

import dev.pyxc.build.PythonConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code tools/cython-suite}: Cython's own test files through pyxc, with a status per file
 * (docs/conformance.md says how each is taken).
 *
 * <pre>
 * SuiteMain CYTHON_CHECKOUT [--only REGEX] [-j N] [--python PY] [--repo DIR]
 * </pre>
 *
 * Exit status 0 when nothing got worse than the committed table and every failing file in reach
 * is explained, 1 otherwise, 2 for bad usage.
 */
public final class SuiteMain {
  private static final List<String> DIRECTORIES = List.of("run", "memoryview", "errors");

  private SuiteMain() {}

  public static void main(String[] args) throws Exception {
    // Sema and lowering recurse over expression trees; some of Cython's tests nest deeply.
    int[] status = {2};
    Thread t = new Thread(null, () -> status[0] = run(args), "suite", 1L << 29);
    t.start();
    t.join();
    System.exit(status[0]);
  }

  private static int run(String[] args) {
    Path checkout = null;
    Pattern only = null;
    int jobs = Runtime.getRuntime().availableProcessors();
    String python = "python3";
    Path repo = Path.of(".");
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--only" -> only = Pattern.compile(args[++i]);
          case "-j" -> jobs = Integer.parseInt(args[++i]);
          case "--python" -> python = args[++i];
          case "--repo" -> repo = Path.of(args[++i]);
          default -> {
            if (args[i].startsWith("-") || checkout != null) throw new IllegalArgumentException("unexpected argument " + args[i]);
            checkout = Path.of(args[i]);
          }
        }
      }
      if (checkout == null) throw new IllegalArgumentException("missing CYTHON_CHECKOUT");
    } catch (RuntimeException e) {
      System.err.println("cython-suite: " + e.getMessage());
      System.err.println("usage: tools/cython-suite CYTHON_CHECKOUT [--only REGEX] [-j N] [--python PY]");
      return 2;
    }
    try {
      return suite(checkout, only, jobs, python, repo);
    } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException e) {
      System.err.println("cython-suite: " + e);
      return 2;
    }
  }

  private static int suite(Path checkout, Pattern only, int jobs, String pythonName, Path repo)
      throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
    Path tests = Files.isDirectory(checkout.resolve("tests")) ? checkout.resolve("tests") : checkout;
    if (!Files.isDirectory(tests.resolve("run"))) throw new IOException(tests + " has no run/ directory: not Cython's tests/");
    List<SuiteFile> files = new ArrayList<>();
    for (String dir : DIRECTORIES) {
      if (!Files.isDirectory(tests.resolve(dir))) continue;
      try (Stream<Path> s = Files.list(tests.resolve(dir))) {
        // runtests.py's end-to-end tests (.srctree) are in run/ beside the modules.
        for (Path p : s.filter(x -> x.toString().endsWith(".pyx") || dir.equals("run") && x.toString().endsWith(".srctree"))
            .sorted(Comparator.comparing(Path::toString)).toList()) {
          SuiteFile f = SuiteFile.read(tests, p);
          if (only == null || only.matcher(f.name()).find()) files.add(f);
        }
      }
    }
    Path tableFile = repo.resolve("tests/cython-suite/status.tsv");
    Map<String, Outcome> recorded = StatusTable.read(tableFile);
    Map<String, KnownDifferences.Entry> known = KnownDifferences.read(repo.resolve("tests/cython-suite/known.tsv"));
    PythonConfig python = PythonConfig.query(pythonName);
    Path work = Files.createTempDirectory("cython-suite");
    Path runner = work.resolve("suite_doctest.py");
    try (InputStream in = SuiteMain.class.getResourceAsStream("suite_doctest.py")) {
      Files.write(runner, in.readAllBytes());
    }
    Path root = tests.toAbsolutePath().getParent();
    Path packageRoot = root != null && Files.isDirectory(root.resolve("Cython")) ? root : null;
    FileCheck check = new FileCheck(python, runner, work, CythonBugs.read(tests), packageRoot);
    System.out.println("cython-suite: " + files.size() + " files of " + tests + ", " + jobs + " at a time");

    Map<String, Outcome> now = new TreeMap<>();
    dev.pyxc.sema.CType.initializeOnThisThread();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> new Thread(null, r, "suite-file", 1L << 29));
    try {
      List<Future<Outcome>> pending = new ArrayList<>();
      for (SuiteFile f : files) pending.add(pool.submit(() -> KnownDifferences.apply(known, check.check(f))));
      int done = 0;
      for (Future<Outcome> fut : pending) {
        Outcome o = fut.get();
        now.put(o.file(), o);
        done++;
        if (o.status() != Status.NOT_SUPPORTED || files.size() <= 50) {
          System.out.printf("[%d/%d] %-14s %s  %s%n", done, files.size(), o.status().word, o.file(), o.reason());
        }
      }
    } finally {
      pool.shutdownNow();
      deleteTree(work);
    }

    List<String> regressions = StatusTable.regressions(recorded, now);
    List<Outcome> unexplained = now.values().stream().filter(o -> !KnownDifferences.explained(known, o)).toList();
    Map<String, Outcome> table = new TreeMap<>(only == null ? Map.of() : recorded);
    table.putAll(now);
    StatusTable.write(tableFile, table);
    Path doc = Files.createDirectories(repo.resolve("docs")).resolve("conformance.md");
    Files.writeString(doc, ConformanceReport.render(table.values(), cythonVersion(checkout)), StandardCharsets.UTF_8);

    Map<Status, Integer> counts = new TreeMap<>();
    for (Outcome o : now.values()) counts.merge(o.status(), 1, Integer::sum);
    StringBuilder summary = new StringBuilder();
    for (Map.Entry<Status, Integer> e : counts.entrySet()) summary.append(' ').append(e.getKey().word).append(' ').append(e.getValue());
    System.out.println("cython-suite:" + summary + " (of " + now.size() + "); table: " + tableFile + ", doc: docs/conformance.md");
    for (String r : regressions) System.out.println("REGRESSION " + r);
    for (Outcome o : unexplained) System.out.println("UNEXPLAINED " + o.file() + " " + o.status().word + ": " + o.reason());
    return regressions.isEmpty() && unexplained.isEmpty() ? 0 : 1;
  }

  /** The version in the checkout's Cython/Shadow.py, which is what {@code cython --version} prints. */
  private static String cythonVersion(Path checkout) throws IOException {
    Path shadow = checkout.resolve("Cython/Shadow.py");
    if (Files.exists(shadow)) {
      Matcher m = Pattern.compile("__version__ = \"([^\"]+)\"").matcher(Files.readString(shadow, StandardCharsets.ISO_8859_1));
      if (m.find()) return m.group(1);
    }
    return "(version unknown)";
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
