package dev.pyxc.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test file of Cython's suite with what its header says, read by Cython's own convention
 * (runtests.py's parse_tags): the leading block of {@code # name: v1, v2} comment lines gives the
 * {@code mode} (run, compile or error; run when absent), the {@code tag}s and the
 * {@code distutils} options; the block ends at the first non-comment line, or at a blank line
 * once something was found.
 *
 * @param name the path below the suite's {@code tests/} directory, with {@code /}
 * @param module the module name (the file name without {@code .pyx}; a {@code .srctree}'s name without it)
 */
record SuiteFile(String name, String module, Path path, String mode, List<String> tags, List<String> distutils) {
  private static final Pattern TAG_LINE = Pattern.compile("#\\s*(\\w+)\\s*:(.*)$");

  static SuiteFile read(Path testsDir, Path file) throws IOException {
    String name = testsDir.relativize(file).toString().replace('\\', '/');
    String fileName = file.getFileName().toString();
    Map<String, List<String>> header = header(Files.readAllBytes(file));
    List<String> mode = header.getOrDefault("mode", List.of());
    return new SuiteFile(name, fileName.substring(0, fileName.lastIndexOf('.')), file,
        mode.isEmpty() ? "run" : mode.get(0), header.getOrDefault("tag", List.of()), header.getOrDefault("distutils", List.of()));
  }

  /** The header block, read as ISO-8859-1 as runtests.py does (a tag is ASCII whatever the encoding). */
  static Map<String, List<String>> header(byte[] bytes) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    for (String raw : new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)) {
      String line = raw;
      if (line.isEmpty() || line.charAt(0) != '#') {
        line = stripBom(line).strip();
        if (line.isEmpty()) {
          if (!tags.isEmpty()) break;
          continue;
        }
        if (line.charAt(0) != '#') break;
      }
      Matcher m = TAG_LINE.matcher(line.stripTrailing());
      if (m.matches()) {
        if (m.group(1).equals("coding") || m.group(1).equals("encoding")) continue;
        List<String> values = tags.computeIfAbsent(m.group(1), k -> new ArrayList<>());
        for (String v : m.group(2).split(",")) {
          if (!v.isBlank()) values.add(v.strip());
        }
      } else if (!tags.isEmpty()) {
        break;
      }
    }
    return tags;
  }

  private static String stripBom(String line) {
    return line.startsWith("\u00ef\u00bb\u00bf") ? line.substring(3) : line;
  }

  /** C++ only: runtests.py builds a file tagged {@code cpp}, or asking distutils for C++, as C++ alone. */
  boolean cppOnly() {
    return tags.contains("cpp") || distutils.stream().anyMatch(o -> o.replace(" ", "").equals("language=c++"));
  }
}
