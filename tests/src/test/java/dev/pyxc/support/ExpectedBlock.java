package dev.pyxc.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A case file that ends in Cython's style of expectation block, {@code _ERRORS = """ ... """} or
 * {@code _WARNINGS = """ ... """}: the source before it and the {@code LINE:COL: message} lines in it.
 */
public record ExpectedBlock(String source, List<String> expected) {
  public static ExpectedBlock read(Path f, String name) throws IOException {
    String mark = "\n" + name + " = \"\"\"\n";
    String text = Files.readString(f);
    int at = text.indexOf(mark);
    if (at < 0) throw new AssertionError(f + " has no " + name + " block");
    String block = text.substring(at + mark.length(), text.indexOf("\"\"\"", at + mark.length()));
    List<String> expected = Arrays.stream(block.split("\n")).filter(l -> !l.isBlank()).toList();
    if (expected.isEmpty()) throw new AssertionError(f + ": " + name + " is empty");
    return new ExpectedBlock(text.substring(0, at + 1), expected);
  }
}
