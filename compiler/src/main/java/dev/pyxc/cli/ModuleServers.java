package dev.pyxc.cli;

import dev.pyxc.build.PythonConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the scripts that test a built module ({@code doctest_runner.py}, {@code outcomes.py}) in
 * children forked from a started interpreter ({@code module_server.py}) rather than in a fresh
 * interpreter each time: the same script, arguments, working directory and environment, a
 * fraction of the start-up. One server per interpreter and environment for each thread that
 * runs a module at the same time; {@link #close} ends them.
 */
public final class ModuleServers implements AutoCloseable {
  /** A script's exit status (128 + the signal that ended it) and everything it printed. */
  public record Run(int status, String output) {}

  private record Key(String executable, Map<String, String> env) {}

  private final Path dir;
  private final Path script;
  private final Map<Key, Deque<Server>> idle = new HashMap<>();
  private final List<Server> all = new ArrayList<>();
  private final AtomicInteger outputs = new AtomicInteger();

  /** Servers whose scripts are written into {@code dir}, beside the scripts they run. */
  public ModuleServers(Path dir) throws IOException {
    this.dir = dir;
    this.script = dir.resolve("module_server.py");
    try (InputStream in = ModuleServers.class.getResourceAsStream("module_server.py")) {
      Files.write(script, in.readAllBytes());
    }
  }

  /**
   * Runs {@code script} (the name of a script in the servers' directory, without {@code .py})
   * with {@code args} in {@code cwd}, under {@code py} with {@code env} added to the environment.
   */
  public Run run(PythonConfig py, Map<String, String> env, String script, List<String> args, Path cwd)
      throws IOException {
    Key key = new Key(py.executable(), Map.copyOf(env));
    Server server = take(key);
    Path output = dir.resolve("run-" + outputs.incrementAndGet() + ".out");
    try {
      int status = server.run(script, output, cwd, args);
      give(key, server);
      return new Run(status, Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private Server take(Key key) throws IOException {
    synchronized (this) {
      Server s = idle.computeIfAbsent(key, k -> new ArrayDeque<>()).pollFirst();
      if (s != null) return s;
    }
    Server s = new Server(key, script);
    synchronized (this) {
      all.add(s);
    }
    return s;
  }

  private synchronized void give(Key key, Server server) {
    idle.get(key).addFirst(server);
  }

  @Override
  public synchronized void close() {
    for (Server s : all) s.close();
    all.clear();
    idle.clear();
  }

  /** One {@code module_server.py} process: a request per line in, an exit status per line out. */
  private static final class Server {
    private final Process process;
    private final Writer requests;
    private final BufferedReader statuses;
    private final Path log;

    Server(Key key, Path script) throws IOException {
      log = Files.createTempFile(script.getParent(), "module_server", ".log");
      ProcessBuilder pb = new ProcessBuilder(key.executable(), script.toString()).redirectError(log.toFile());
      pb.environment().putAll(key.env());
      process = pb.start();
      requests = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      statuses = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    int run(String script, Path output, Path cwd, List<String> args) throws IOException {
      List<String> fields = new ArrayList<>(List.of(script, output.toString(), cwd.toString()));
      fields.addAll(args);
      for (String f : fields) {
        if (f.contains("\t") || f.contains("\n")) throw new IOException("cannot pass " + f + " to the module server");
      }
      String line;
      try {
        requests.write(String.join("\t", fields) + "\n");
        requests.flush();
        line = statuses.readLine();
      } catch (IOException e) {
        line = null;
      }
      if (line == null) {
        close();
        throw new IOException("the module server (" + process.info().command().orElse("python") + ") ended:\n"
            + Files.readString(log, StandardCharsets.UTF_8));
      }
      return Integer.parseInt(line.strip());
    }

    void close() {
      try {
        requests.close();
      } catch (IOException ignored) {
        // the process is ending anyway
      }
      try {
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
