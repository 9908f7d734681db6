package dev.pyxc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .srctree} file, Cython's format for tests of several files: command lines first
 * ({@code PYTHON setup.py build_ext --inplace}, {@code PYTHON -c "import a"}), then each file
 * after a {@code ######## path ########} line. The test passes when every command succeeds.
 */
record SourceTree(List<List<String>> commands, Map<String, String> files) {
  static SourceTree read(Path file) throws IOException {
    return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  static SourceTree parse(String text) {
    List<List<String>> commands = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    String current = null;
    StringBuilder content = new StringBuilder();
    for (String line : text.split("(?<=\n)")) {
      if (line.startsWith("#####")) {
        if (current != null) files.put(current, content.toString());
        current = line.strip().replaceAll("^#+|#+$", "").strip();
        content.setLength(0);
      } else if (current != null) {
        content.append(line);
      } else {
        String s = line.strip();
        if (s.isEmpty() || s.equals("\"\"\"") || s.equals("'''") || s.startsWith("#")) continue;
        List<String> words = split(s);
        if (!words.isEmpty()) commands.add(words);
      }
    }
    if (current != null) files.put(current, content.toString());
    return new SourceTree(List.copyOf(commands), java.util.Collections.unmodifiableMap(files));
  }

  /** Writes the files under {@code dir}. */
  void unpack(Path dir) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey()).normalize();
      if (!p.startsWith(dir)) throw new IOException("file outside the tree: " + f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
  }

  /** A command line split as a POSIX shell splits words: quotes group, a backslash escapes (Python's shlex). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') quote = 0;
        else word.append(c);
      } else if (quote == '"') {
        if (c == '"') quote = 0;
        else if (c == '\\' && i + 1 < line.length() && "\\\"$`\n".indexOf(line.charAt(i + 1)) >= 0) word.append(line.charAt(++i));
        else word.append(c);
      } else if (Character.isWhitespace(c)) {
        if (word != null) out.add(word.toString());
        word = null;
      } else {
        if (word == null) word = new StringBuilder();
        if (c == '\'' || c == '"') quote = c;
        else if (c == '\\' && i + 1 < line.length()) word.append(line.charAt(++i));
        else word.append(c);
      }
    }
    if (word != null) out.add(word.toString());
    return out;
  }
}
