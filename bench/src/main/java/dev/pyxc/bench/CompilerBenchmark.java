package dev.pyxc.bench;

import dev.pyxc.driver.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline (lex, parse, sema, lower, refcount, verify, emit with the runtime pieces)
 * on one module, in a warmed-up JVM: what a long-running build tool or the test suite pays per
 * module. {@code bench/compiler} writes the modules into the directory given as
 * {@code -Dpyxc.bench.dir} and turns the results into lines per second and growth ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m"})
public class CompilerBenchmark {
  @Param({"seed", "kernels", "generated_50", "generated_200", "generated_1000"})
  public String module;

  private String source;

  @Setup
  public void read() throws IOException {
    Path dir = Path.of(System.getProperty("pyxc.bench.dir", "bench/target/jmh"));
    source = Files.readString(dir.resolve(module + ".pyx"));
  }

  @Benchmark
  public Compiler.Result compile() throws Exception {
    return Compiler.compile(module, source, module + ".pyx", List.of());
  }
}
