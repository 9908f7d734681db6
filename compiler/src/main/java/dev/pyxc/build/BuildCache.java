package dev.pyxc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extension modules already built, by what gcc would compile: the key hashes the compiler (its
 * path and version), the flags, and the preprocessed source, so any change to the C, a header it
 * includes or an option is a new key (as ccache's preprocessor mode keys it). The test suite
 * builds the same module more than once (`pyxc test`, then `pyxc compare`); with
 * {@code PYXC_GCC_CACHE} naming a directory the later builds copy the first one's file.
 */
public final class BuildCache {
  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  private final Path dir;

  public BuildCache(Path dir) {
    this.dir = dir;
  }

  /** The cache {@code PYXC_GCC_CACHE} names, or null when it is unset. */
  static BuildCache fromEnvironment() {
    String dir = System.getenv("PYXC_GCC_CACHE");
    return dir == null || dir.isBlank() ? null : new BuildCache(Path.of(dir));
  }

  /** The key of building {@code c} with {@code flags}; null when the source does not preprocess (gcc will say why). */
  public String key(String cc, List<String> flags, Path c) throws IOException {
    // Preprocessed where the file is, by its bare name: __FILE__ (in assert()) must not name the
    // temporary directory a build happens to use.
    List<String> cmd = new ArrayList<>(List.of(cc, "-E", "-P"));
    cmd.addAll(flags);
    cmd.add(c.getFileName().toString());
    Gcc.Run pre = Gcc.run(cmd, c.toAbsolutePath().getParent());
    if (pre.status() != 0) return null;
    MessageDigest sha = sha256();
    sha.update((cc + "\n" + version(cc) + "\n" + String.join("\n", flags) + "\n").getBytes(StandardCharsets.UTF_8));
    sha.update(pre.stdout());
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Copies the module built under {@code key} to {@code to}; false when there is none. */
  public boolean fetch(String key, Path to) throws IOException {
    Path cached = dir.resolve(key + ".so");
    if (!Files.exists(cached)) return false;
    Files.copy(cached, to, StandardCopyOption.REPLACE_EXISTING);
    return true;
  }

  /** Keeps a copy of {@code built} under {@code key}; readers see either no file or the whole one. */
  public void store(String key, Path built) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, key, ".tmp");
    Files.copy(built, tmp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmp, dir.resolve(key + ".so"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String version(String cc) {
    return VERSIONS.computeIfAbsent(cc, k -> {
      try {
        return new String(Gcc.run(List.of(k, "--version"), null).stdout(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
      } catch (IOException e) {
        return "";
      }
    });
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
