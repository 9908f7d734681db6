package dev.pyxc.support;

import java.nio.file.Path;

/** Where the repository and the built compiler are, as Maven passes them to the tests. */
public final class Paths {
  private Paths() {}

  public static Path root() {
    String p = System.getProperty("pyxc.root");
    return (p != null ? Path.of(p) : Path.of("..")).toAbsolutePath().normalize();
  }

  public static Path cases(String kind) {
    return root().resolve("tests/cases").resolve(kind);
  }

  public static Path jar() {
    String p = System.getProperty("pyxc.jar");
    return p != null ? Path.of(p) : root().resolve("compiler/target/pyxc.jar");
  }
}
