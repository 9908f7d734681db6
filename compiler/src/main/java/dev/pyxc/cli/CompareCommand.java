package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.compare.CythonTool;
import dev.pyxc.compare.KnownDifferences;
import dev.pyxc.compare.Outcomes;
import dev.pyxc.cli.OutcomeJudge.Status;
import dev.pyxc.cli.OutcomeJudge.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

final class CompareCommand implements Subcommand {
  static final CommandLine.Option CYTHON = CommandLine.Option.value("CYTHON",
      "cython.py of a checkout, or a cython command (default: cython or cython3 on PATH)", "--cython");
  static final CommandLine.Option PYTHON = CommandLine.Option.value("PY", "interpreter to build and run for (default: $PYXC_PYTHON, else python3)", "--python");
  static final CommandLine.Option DRIVER = CommandLine.Option.value("SCRIPT.py",
      "run this script instead of the doctests (one module only)", "--driver");
  static final CommandLine.Option RECORD = CommandLine.Option.value("DIR", "write the Cython run's outcomes to DIR as goldens", "--record");
  static final CommandLine.Option CHECK = CommandLine.Option.value("DIR", "compare pyxc against the goldens in DIR (no Cython needed)", "--check");
  static final CommandLine.Option JOBS = CommandLine.Option.value("N", "modules built at once (default: number of cores)", "-j", "--jobs");

  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("compare", List.of("Build modules with pyxc and with a real Cython, run their doctests (or a driver "
        + "script) under both, and report every difference in results, exception types and messages.",
        "--record DIR writes the Cython run's outcomes as golden files; --check DIR compares pyxc against "
        + "recorded goldens without Cython. A DIR/NAME.known file lists docstrings (or *) where a recorded "
        + "Cython is known to be wrong, with the reason."),
        List.of(CYTHON, PYTHON, DRIVER, RECORD, CHECK, JOBS),
        List.of(new CommandLine.Operand("PATH", 1, -1, ".pyx files, or directories searched for them")));
  }

  private List<Path> paths;
  private String cython;
  private String python;
  private Path driver;
  private Path record;
  private Path check;
  private int jobs;

  /** A module to compare and where its golden lives relative to the golden directory. */
  private record Job(Path pyx, Path golden) {}

  private CythonTool tool;
  private PythonConfig py;
  private Path work;
  private Path outcomesScript;
  private String pythonVersion;

  @Override
  public int run(CommandLine.Parsed args) throws Exception {
    paths = args.operands().stream().map(Path::of).toList();
    cython = args.value(CYTHON.key(), null);
    python = args.value(PYTHON.key(), CompileSupport.defaultPython());
    driver = optionalPath(args.value(DRIVER.key(), null));
    record = optionalPath(args.value(RECORD.key(), null));
    check = optionalPath(args.value(CHECK.key(), null));
    jobs = CommandLine.intValue(spec(), args, JOBS.key(), Runtime.getRuntime().availableProcessors());
    if (record != null && check != null) return usage("--record and --check exclude each other");
    List<Job> jobsList;
    try {
      jobsList = modules();
    } catch (IOException e) {
      return usage(e.getMessage());
    }
    if (jobsList.isEmpty()) return usage("no .pyx files in " + paths);
    if (driver != null && jobsList.size() != 1) return usage("--driver needs exactly one module");
    if (check == null) {
      try {
        tool = CythonTool.locate(cython, python);
      } catch (IOException e) {
        return usage(e.getMessage());
      }
      if (tool == null) return usage("no Cython found: give --cython PATH (a cython.py or a cython command) or put cython on PATH");
    }
    py = PythonConfig.query(python);
    pythonVersion = new String(new ProcessBuilder(python, "-c", "import sys; print(sys.version.split()[0])").start()
        .getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    work = Files.createTempDirectory("pyxc-compare");
    try {
      outcomesScript = OutcomeJudge.writeScript(work);
      dev.pyxc.sema.CType.initializeOnThisThread();
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
      List<Future<Verdict>> reports = new ArrayList<>();
      for (int i = 0; i < jobsList.size(); i++) {
        Job job = jobsList.get(i);
        Path dir = work.resolve(Integer.toString(i));
        reports.add(pool.submit(() -> {
          try {
            return compare(job, dir);
          } catch (IOException e) {
            // A build that fails (gcc on either side) is a difference to look at, not a crash.
            return new Verdict(Status.DIFFERENT, "DIFFERENT " + job.pyx() + ": " + e.getMessage().strip() + "\n");
          }
        }));
      }
      int[] counts = new int[Status.values().length];
      for (Future<Verdict> f : reports) {
        Verdict r = f.get();
        counts[r.status().ordinal()]++;
        System.out.print(r.text());
        System.out.flush();
      }
      pool.shutdown();
      String against = check != null ? "the goldens in " + check : tool.describe();
      System.out.println("compared " + jobsList.size() + " module(s) with " + against + ": "
          + counts[Status.SAME.ordinal()] + " same, " + counts[Status.DIFFERENT.ordinal()] + " different, "
          + counts[Status.KNOWN.ordinal()] + " known difference(s), " + counts[Status.SKIPPED.ordinal()] + " skipped"
          + (record != null ? ", " + counts[Status.RECORDED.ordinal()] + " recorded in " + record : ""));
      return counts[Status.DIFFERENT.ordinal()] == 0 ? Main.OK : Main.INPUT_ERROR;
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  private static Path optionalPath(String p) {
    return p == null ? null : Path.of(p);
  }

  private static int usage(String message) {
    System.err.println("pyxc: " + message);
    return Main.USAGE;
  }

  private List<Job> modules() throws IOException {
    List<Job> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.filter(f -> f.toString().endsWith(".pyx")).sorted().toList()) {
            out.add(new Job(f, goldenName(p.relativize(f))));
          }
        }
      } else if (Files.isRegularFile(p)) {
        out.add(new Job(p, driver != null ? Path.of(stem(driver) + ".out") : goldenName(p.getFileName())));
      } else {
        throw new IOException("no such file or directory: " + p);
      }
    }
    return out;
  }

  private static Path goldenName(Path relativePyx) {
    return relativePyx.resolveSibling(stem(relativePyx) + ".out");
  }

  private static String stem(Path p) {
    String f = p.getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }

  private Verdict compare(Job job, Path dir) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    String name = stem(job.pyx());
    Outcomes reference;
    String referenceName;
    if (check != null) {
      Path golden = check.resolve(job.golden());
      if (!Files.exists(golden)) {
        out.println("DIFFERENT " + job.pyx() + ": no golden " + golden + " (record one with --record)");
        return new Verdict(Status.DIFFERENT, buf.toString(StandardCharsets.UTF_8));
      }
      reference = Outcomes.parse(Files.readString(golden));
      referenceName = "golden";
    } else {
      Path cdir = Files.createDirectories(dir.resolve("cython"));
      Path copy = Files.copy(job.pyx(), cdir.resolve(job.pyx().getFileName()));
      String outcomes;
      try {
        Path source = job.pyx().toAbsolutePath().getParent();
        Path c = tool.translate(copy, source);
        List<String> flags = new java.util.ArrayList<>(List.of("-O0", "-w", "-I" + source));
        // A module with prange loops or `cimport openmp` is built with OpenMP, as its user must build it.
        String cython = Files.readString(c);
        if (cython.contains("<omp.h>")) flags.add("-fopenmp");
        if (cython.contains("#include \"numpy/")) flags.add("-I" + py.numpyInclude());
        Gcc.build(py, c, cdir.resolve(name + py.extSuffix()), flags);
        outcomes = runOutcomes(cdir, name);
      } catch (CythonTool.Rejected e) {
        outcomes = "# cython rejected: " + e.getMessage() + "\n";
      }
      if (record != null) {
        Path golden = record.resolve(job.golden());
        Files.createDirectories(golden.toAbsolutePath().getParent());
        CompileSupport.writeAtomically(golden, "# recorded from Cython " + tool.version() + " with Python " + pythonVersion
            + " by pyxc compare --record\n" + outcomes);
      }
      reference = Outcomes.parse(outcomes);
      referenceName = "Cython " + tool.version();
    }
    Path pdir = Files.createDirectories(dir.resolve("pyxc"));
    Path c = pdir.resolve(name + ".c");
    // The source itself, so that the files it includes are found beside it.
    if (CompileSupport.compileTo(job.pyx(), c, List.of(), CompileSupport.Extras.NONE, out, out) != Main.OK) {
      out.println("DIFFERENT " + job.pyx() + ": pyxc does not compile it");
      return new Verdict(Status.DIFFERENT, buf.toString(StandardCharsets.UTF_8));
    }
    // Built as `pyxc test` builds it, so that a build cache (PYXC_GCC_CACHE) serves both.
    Gcc.build(py, c, pdir.resolve(name + py.extSuffix()), ModuleTester.testBuildFlags(job.pyx()), true);
    Outcomes actual = Outcomes.parse(runOutcomes(pdir, name));

    KnownDifferences known = KnownDifferences.read(check != null ? check.resolve(job.golden()) : record != null ? record.resolve(job.golden()) : null);
    Verdict v = OutcomeJudge.judge(job.pyx(), reference, referenceName, check != null ? "the recorded Cython" : referenceName,
        actual, known, record != null);
    out.print(v.text());
    return new Verdict(v.status(), buf.toString(StandardCharsets.UTF_8));
  }

  private String runOutcomes(Path dir, String name) throws IOException, InterruptedException {
    return OutcomeJudge.run(py, java.util.Map.of(), outcomesScript, dir, name, driver);
  }
}
