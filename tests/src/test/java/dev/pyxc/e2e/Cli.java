package dev.pyxc.e2e;

import dev.pyxc.support.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the built {@code pyxc.jar} as a user would, capturing status and output. */
final class Cli {
  record Run(int status, String stdout, String stderr) {}

  private Cli() {}

  static Run run(Path cwd, String... args) throws IOException, InterruptedException {
    return run(cwd, List.of(), args);
  }

  /** As above, with options for the JVM (a heap limit). */
  static Run run(Path cwd, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    return run(cwd, jvmOptions, java.util.Map.of(), args);
  }

  /** As above, with variables added to the environment (PYTHONPATH, which the interpreters pyxc asks see). */
  static Run run(Path cwd, List<String> jvmOptions, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("java"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", Paths.jar().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] err = p.getErrorStream().readAllBytes();
    byte[] out = p.getInputStream().readAllBytes();
    int status = p.waitFor();
    return new Run(status, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }
}
