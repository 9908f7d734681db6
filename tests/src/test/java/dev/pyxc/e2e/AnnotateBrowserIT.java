package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.support.Paths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page {@code pyxc compile -a} writes, loaded in a real headless Chromium with the network
 * off: a harness page clicks the seed's walrus line inside it and reports what the browser laid
 * out (the C block's height before and after, the computed colour of the acquisition). A
 * screenshot of the expanded line is kept in {@code tests/target/annotate/} for a person to look at.
 */
class AnnotateBrowserIT {
  private static final Path OUT = Paths.root().resolve("tests/target/annotate");

  private static final String HARNESS = """
      <!DOCTYPE html><html><body><pre id="result">pending</pre>
      <iframe id="page" src="seed.html" width="1000" height="700"></iframe>
      <script>
      document.getElementById('page').addEventListener('load', function () {
        var d = this.contentDocument, w = this.contentWindow, out = [];
        var line = d.getElementById('L16'), code = d.getElementById('C16');
        out.push('closed-height=' + code.offsetHeight);
        line.dispatchEvent(new w.MouseEvent('click', {bubbles: true}));
        out.push('open-height=' + code.offsetHeight);
        var acq = code.querySelector('.acq');
        out.push('acquire-text=' + (acq ? acq.textContent.trim() : 'none'));
        out.push('acquire-background=' + (acq ? w.getComputedStyle(acq).backgroundColor : 'none'));
        out.push('line-background=' + w.getComputedStyle(line).backgroundColor);
        out.push('plain-line-background=' + w.getComputedStyle(d.getElementById('L1')).backgroundColor);
        out.push('other-height=' + d.getElementById('C15').offsetHeight);
        out.push('external=' + d.querySelectorAll('[src], link[href]').length);
        document.getElementById('result').textContent = out.join('\\n');
      });
      </script></body></html>
      """;

  @Test
  void clickingTheWalrusLineShowsItsAcquisition() throws Exception {
    Files.createDirectories(OUT);
    Cli.Run r = Cli.run(OUT, "compile", "-a", "-o", OUT.resolve("seed.c").toString(),
        Paths.root().resolve("examples/seed.pyx").toString());
    assertWithMessage(r.stderr()).that(r.status()).isEqualTo(0);
    Files.writeString(OUT.resolve("harness.html"), HARNESS);

    String dom = chromium("--dump-dom", OUT.resolve("harness.html").toUri().toString());
    Matcher m = Pattern.compile("<pre id=\"result\">([^<]*)</pre>").matcher(dom);
    assertWithMessage(dom).that(m.find()).isTrue();
    String result = m.group(1).replace("&amp;", "&");
    assertThat(result).contains("closed-height=0\n");
    assertThat(value(result, "open-height")).isGreaterThan(20);
    assertThat(result).contains("acquire-text=pyxc_mv_acquire(&a_x);");
    assertThat(result).contains("acquire-background=rgb(216, 245, 208)");
    assertThat(result).containsMatch("line-background=rgb\\(255, 255, \\d+\\)");
    assertThat(result).doesNotContain("line-background=rgb(255, 255, 255)");
    assertThat(result).contains("plain-line-background=rgba(0, 0, 0, 0)");
    assertThat(result).contains("other-height=0\n");
    assertThat(result).contains("external=0");

    Path shot = OUT.resolve("seed-line16.png");
    Files.deleteIfExists(shot);
    chromium("--screenshot=" + shot, "--window-size=1100,900", OUT.resolve("seed.html").toUri() + "#L16");
    assertThat(Files.size(shot)).isGreaterThan(10_000L);
  }

  private static int value(String result, String key) {
    Matcher m = Pattern.compile(key + "=(\\d+)").matcher(result);
    assertWithMessage(result).that(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** Runs headless Chromium offline on a local file; returns what it prints. */
  private static String chromium(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--allow-file-access-from-files", "--virtual-time-budget=5000",
        "--proxy-server=127.0.0.1:9", "--no-first-run", "--user-data-dir=" + OUT.resolve("profile")));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(OUT.toFile()).redirectError(OUT.resolve("chromium.log").toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("chromium did not finish").that(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertWithMessage("chromium failed; see %s", OUT.resolve("chromium.log")).that(p.exitValue()).isEqualTo(0);
    return out;
  }
}
