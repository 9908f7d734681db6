package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.annotate.AnnotatedHtml;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The annotated page's content; {@code AnnotateBrowserIT} checks how a browser renders it. */
class AnnotateTest {
  private static String page(String file, String source) throws Exception {
    String module = file.replace(".pyx", "");
    Compiler.Result r = Compiler.compile(module, source, file, List.of());
    return AnnotatedHtml.render(file, source, r.spans(), "pyxc test");
  }

  private static String block(String html, int line) {
    Matcher m = Pattern.compile("(?s)<pre class=\"c\" id=\"C" + line + "\">(.*?)</pre>").matcher(html);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void seedWalrusLineAcquiresAndReleasesForY() throws Exception {
    Path pyx = Paths.root().resolve("examples/seed.pyx");
    String html = page("seed.pyx", Files.readString(pyx));
    String walrus = block(html, 16);
    assertThat(walrus).contains("<span class=\"acq\"");
    assertThat(walrus).contains("pyxc_mv_acquire(&amp;a_x);");
    // The def line carries the wrapper (it takes the argument's buffer and gives it back) and the
    // function's end, where y, a variable, gives up its acquisition.
    assertThat(block(html, 15)).contains("pyxc_mv_from_object");
    assertThat(block(html, 15)).contains("<span class=\"rel\"");
    assertThat(block(html, 15)).contains("pyxc_mv_release(&amp;v_y);");
    // Docstring lines produce no C.
    assertThat(block(html, 5)).isNull();
    assertThat(html).doesNotContainMatch("(src|href)=\"https?:");
  }

  @Test
  void pureCLineIsWhiteAndObjectLineIsYellow() throws Exception {
    String source = """
        def f(int n, object o):
            cdef int i = n * 2
            return o + 1
        """;
    String html = page("m.pyx", source);
    assertThat(html).containsMatch("id=\"L2\" data-score=\"0\" style=\"background-color: #ffffff\"");
    assertThat(html).containsMatch("id=\"L3\" data-score=\"[1-9]\\d*\" style=\"background-color: #ffff[0-9a-f]{2}\"");
    assertThat(block(html, 3)).contains("PyNumber_Add");
    assertThat(html).containsMatch("data-lines=\"3\" data-api-lines=\"2\"");
  }

  @Test
  void shadeDeepensWithWork() {
    assertThat(AnnotatedHtml.shade(0)).isEqualTo("#ffffff");
    int light = Integer.parseInt(AnnotatedHtml.shade(1).substring(5), 16);
    int deep = Integer.parseInt(AnnotatedHtml.shade(20).substring(5), 16);
    assertThat(deep).isLessThan(light);
  }
}
