package dev.pyxc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The headers every generated module starts with ({@link Gcc#PRELUDE}: {@code Python.h} and the C
 * library's), precompiled once per interpreter and set of flags for a batch of builds (the test
 * suite builds hundreds of modules with the same few). Parsing {@code Python.h} is about a
 * fifth of building a small module. A build given {@link #flags} includes the prelude first; gcc
 * takes the precompiled form when it was made with compatible options (a module built with
 * {@code -fopenmp} is not) and reads the header itself otherwise, so the module is the same
 * either way.
 */
public final class PrecompiledPrelude {
  /** The prelude's file name; {@link BuildCache} keys a build without it. */
  static final String FILE_NAME = "pyxc_prelude.h";

  private record Config(String cc, List<String> flags) {}

  private final Path dir;
  private final Map<Config, List<String>> made = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

  public PrecompiledPrelude(Path dir) {
    this.dir = dir;
  }

  /**
   * The flags that start a build for {@code py} with {@code flags} from the prelude precompiled
   * with the same ones; none when it could not be precompiled (the build then parses it itself).
   */
  public List<String> flags(PythonConfig py, List<String> flags) {
    List<String> all = Gcc.flags(py, flags);
    return made.computeIfAbsent(new Config(py.cc(), all), this::precompile);
  }

  private List<String> precompile(Config config) {
    try {
      Path at = Files.createDirectories(dir.resolve("prelude-" + count.incrementAndGet()));
      Path header = at.resolve(FILE_NAME);
      Files.writeString(header, Gcc.PRELUDE, StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>(List.of(config.cc()));
      cmd.addAll(config.flags().stream().filter(f -> !f.equals("-shared")).toList());
      cmd.addAll(List.of("-x", "c-header", header.toString(), "-o", header + ".gch"));
      return Gcc.run(cmd, null).status() == 0 ? List.of("-include", header.toString()) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** {@code flags} without a prelude's {@code -include}: the build it names is the same without. */
  static List<String> without(List<String> flags) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < flags.size(); i++) {
      if (flags.get(i).equals("-include") && i + 1 < flags.size() && flags.get(i + 1).endsWith("/" + FILE_NAME)) {
        i++;
        continue;
      }
      out.add(flags.get(i));
    }
    return out;
  }
}
