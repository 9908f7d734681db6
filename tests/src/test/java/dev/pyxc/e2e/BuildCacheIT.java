package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.build.BuildCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gcc build cache: one key for one compilation wherever it happens, a new key for any change. */
class BuildCacheIT {
  @TempDir
  Path dir;

  private Path source(String where, String text) throws Exception {
    Path c = Files.createDirectories(dir.resolve(where)).resolve("m.c");
    Files.writeString(c, text);
    return c;
  }

  @Test
  void keysFollowWhatGccCompilesNotWhereItIs() throws Exception {
    BuildCache cache = new BuildCache(dir.resolve("cache"));
    String text = "#include <assert.h>\nint f(int x) { assert(x > 0); return x; }\n";
    Path a = source("a", text);
    Path b = source("b", text);
    String key = cache.key("gcc", List.of("-O2"), a);
    assertThat(key).matches("[0-9a-f]{64}");
    // assert() names __FILE__: the directory must not make a different key.
    assertThat(cache.key("gcc", List.of("-O2"), b)).isEqualTo(key);
    assertThat(cache.key("gcc", List.of("-O0"), a)).isNotEqualTo(key);
    assertThat(cache.key("gcc", List.of("-O2", "-DNDEBUG"), a)).isNotEqualTo(key);
    assertThat(cache.key("gcc", List.of("-O2"), source("c", text.replace("x > 0", "x >= 0")))).isNotEqualTo(key);
    // A header the source includes is part of what is compiled.
    Path h = dir.resolve("inc/h.h");
    Files.createDirectories(h.getParent());
    Files.writeString(h, "#define N 1\n");
    Path withHeader = source("d", "#include \"h.h\"\nint n = N;\n");
    List<String> flags = List.of("-I" + h.getParent());
    String before = cache.key("gcc", flags, withHeader);
    Files.writeString(h, "#define N 2\n");
    assertThat(cache.key("gcc", flags, withHeader)).isNotEqualTo(before);
    // Source gcc cannot preprocess has no key (the build itself reports the error).
    assertThat(cache.key("gcc", List.of(), source("e", "#include \"missing.h\"\n"))).isNull();
  }

  @Test
  void storedFilesAreFetchedWhole() throws Exception {
    BuildCache cache = new BuildCache(dir.resolve("cache"));
    Path built = Files.writeString(dir.resolve("built.so"), "module bytes");
    Path out = dir.resolve("out.so");
    assertThat(cache.fetch("k1", out)).isFalse();
    assertThat(Files.exists(out)).isFalse();
    cache.store("k1", built);
    assertThat(cache.fetch("k1", out)).isTrue();
    assertThat(Files.readString(out)).isEqualTo("module bytes");
    assertThat(cache.fetch("k2", out)).isFalse();
  }
}
