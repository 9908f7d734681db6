package dev.pyxc.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists the .pyx cases under a directory, sorted. */
public final class PyxFiles {
  private PyxFiles() {}

  public static List<Path> under(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".pyx")).sorted().toList();
    }
  }
}
