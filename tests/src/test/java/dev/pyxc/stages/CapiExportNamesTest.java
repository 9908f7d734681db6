package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.driver.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names a module's C-API capsules are exported under: a fused cdef function's specializations
 * under pyxc's own names, Cython 3's ({@code twice[double]}) and Cython 0.29's
 * ({@code __pyx_fuse_0twice}), which modules that Cython built import (scikit-image's C++ modules,
 * kept from Debian's build beside pyxc's, import {@code __pyx_fuse_0integrate} so).
 */
class CapiExportNamesTest {
  @Test
  void fusedSpecializationsUnderEachCythonsNames(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("kernels.pxd"), "ctypedef fused real:\n    float\n    double\n\ncdef real twice(real x) noexcept\n");
    String source = "cdef real twice(real x) noexcept:\n    return x * 2\n";
    Files.writeString(dir.resolve("kernels.pyx"), source);
    String c = Compiler.compile("kernels", source, "kernels.pyx", List.of(), false, dir).c();
    for (String name : List.of("__pyx_fuse_0__twice", "__pyx_fuse_1__twice", "twice[float]", "twice[double]", "__pyx_fuse_0twice",
        "__pyx_fuse_1twice")) {
      assertThat(c).contains("\"" + name + "\"");
    }
  }
}
