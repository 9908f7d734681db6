package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole C pyxc writes for the seed ({@code examples/seed.pyx}), pinned in
 * {@code tests/golden/pyxc/seed.c}: the acquisition for {@code y}, the release at its last use,
 * the wrapper's acquisition of the argument and its release after the call, and only the
 * runtime pieces the module uses. Regenerate with {@code -Dpyxc.updateGoldens=true} and read the diff.
 */
class CGoldenTest {
  @Test
  void seedC() throws Exception {
    Path pyx = Paths.root().resolve("examples/seed.pyx");
    String c = Compiler.compile("seed", Files.readString(pyx), "seed.pyx", List.of()).c();
    Path golden = Paths.root().resolve("tests/golden/pyxc/seed.c");
    if (Boolean.getBoolean("pyxc.updateGoldens")) Files.writeString(golden, c);
    assertWithMessage("C for the seed").that(c).isEqualTo(Files.readString(golden));
    assertWithMessage("C size of the seed (Cython 3.3 writes about 1 MB)").that(c.length()).isLessThan(100_000);
  }

  /**
   * With {@code boundscheck=False, wraparound=False}, the kernels' bodies
   * ({@code tests/golden/pyxc/unchecked_loops.pyx}) index views by plain pointer arithmetic: the
   * golden {@code unchecked_loops.c} pins the function bodies, and no index check is called.
   */
  @Test
  void uncheckedLoopsArePointerArithmetic() throws Exception {
    Path pyx = Paths.root().resolve("tests/golden/pyxc/unchecked_loops.pyx");
    String c = Compiler.compile("unchecked_loops", Files.readString(pyx), "unchecked_loops.pyx", List.of()).c();
    StringBuilder bodies = new StringBuilder();
    Matcher m = Pattern.compile("(?ms)^static PyObject \\*pyxc_pf_\\w+\\([^;{]*\\) \\{\n.*?^\\}\n").matcher(c);
    while (m.find()) bodies.append(m.group()).append('\n');
    String got = bodies.toString();
    assertWithMessage("implementation functions found").that(got).contains("pyxc_pf_stencil");
    assertWithMessage("index checks in unchecked loops").that(got).doesNotContain("pyxc_mv_index");
    assertWithMessage("stencil load").that(got)
        .containsMatch("\\(\\*\\(double \\*\\)\\(a_u\\.data \\+ \\w+ \\* a_u\\.strides\\[0\\] \\+ \\w+ \\* a_u\\.strides\\[1\\]\\)\\)");
    Path golden = Paths.root().resolve("tests/golden/pyxc/unchecked_loops.c");
    if (Boolean.getBoolean("pyxc.updateGoldens")) Files.writeString(golden, got);
    assertWithMessage("C of the unchecked kernels").that(got).isEqualTo(Files.readString(golden));
  }

  /**
   * The borrowing rule for views ({@code tests/golden/pyxc/row_slices.pyx}): a row of a
   * parameter taken in a loop updates no acquisition count, a row of a reassigned parameter
   * takes and releases one per iteration, and a borrowed row that escapes (stored in a variable
   * that owns, turned into an object) is acquired there. The golden {@code row_slices.c} pins the bodies.
   */
  @Test
  void rowSlicesOfParametersBorrow() throws Exception {
    Path pyx = Paths.root().resolve("tests/golden/pyxc/row_slices.pyx");
    String c = Compiler.compile("row_slices", Files.readString(pyx), "row_slices.pyx", List.of()).c();
    String rows = body(c, "rows");
    assertWithMessage("rows: borrowed subview").that(rows).contains("pyxc_mv_subview_borrowed(&a_X");
    assertWithMessage("rows: count updates").that(rows).doesNotContainMatch("pyxc_mv_(acquire|release)|pyxc_mv_subview\\(");
    String transposed = body(c, "columns_of_transpose");
    assertWithMessage("X.T[j, :]").that(transposed).doesNotContainMatch("pyxc_mv_(acquire|release)|pyxc_mv_subview\\(|pyxc_mv_transpose\\(");
    String reassigned = body(c, "rows_of_reassigned");
    assertWithMessage("a reassigned parameter's rows own their acquisition").that(reassigned).contains("pyxc_mv_subview(&a_X");
    assertWithMessage("and release it where the next row replaces it").that(reassigned).contains("pyxc_mv_xrelease(&v_r);\n    v_r = ");
    String returned = body(c, "row_returned");
    assertWithMessage("a returned row: the object takes its own acquisition").that(returned).contains("pyxc_mv_to_object(&");
    assertWithMessage("and the borrowed row needs no release").that(returned).doesNotContain("pyxc_mv_release");
    String mixed = body(c, "row_or_copy");
    assertWithMessage("a variable that also holds a copy owns: the borrowed row is acquired where it is stored")
        .that(mixed).containsMatch("pyxc_mv_subview_borrowed[^\\n]*\\n(.*\\n)*.*pyxc_mv_acquire\\(&t");
    StringBuilder all = new StringBuilder();
    for (String f : List.of("rows", "columns_of_transpose", "rows_of_reassigned", "row_returned", "row_or_copy")) all.append(body(c, f)).append('\n');
    Path golden = Paths.root().resolve("tests/golden/pyxc/row_slices.c");
    if (Boolean.getBoolean("pyxc.updateGoldens")) Files.writeString(golden, all.toString());
    assertWithMessage("C of the row-slice functions").that(all.toString()).isEqualTo(Files.readString(golden));
  }

  private static String body(String c, String function) {
    Matcher m = Pattern.compile("(?ms)^static PyObject \\*pyxc_pf_" + function + "\\([^;{]*\\) \\{\n.*?^\\}\n").matcher(c);
    assertWithMessage("function " + function + " in the C").that(m.find()).isTrue();
    return m.group();
  }
}
