package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyxc.diag.CompileError;
import dev.pyxc.lex.SourceDecoding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Source bytes to text (PEP 263). Every expected diagnostic was printed by Cython 3.3.0
 * ({@code python3 cython.py FILE.pyx}) for the same bytes.
 */
class SourceDecodingTest {
  private static final String DECODING = "Decoding error, missing or incorrect coding=<encoding-name> at top of source";

  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String error(String latin1) {
    CompileError e = assertThrows(CompileError.class, () -> SourceDecoding.decode(bytes(latin1), "m.pyx"));
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0).position();
  }

  @Test
  void utf8IsTheDefault() throws Exception {
    assertThat(SourceDecoding.decode("s = 'é'\n".getBytes(StandardCharsets.UTF_8), "m.pyx")).isEqualTo("s = 'é'\n");
  }

  @Test
  void aCodingLineOnLineOneOrTwoIsHonoured() throws Exception {
    assertThat(SourceDecoding.decode(bytes("# -*- coding: latin-1 -*-\ns = '\u00e9'\n"), "m.pyx")).endsWith("s = 'é'\n");
    assertThat(SourceDecoding.decode(bytes("#!/usr/bin/env python\n# coding=iso-8859-15\ns = '\u00a4'\n"), "m.pyx"))
        .endsWith("s = '€'\n");
    // On line three it is too late: the bytes are read as UTF-8 and fail.
    assertThat(error("x = 1\ny = 2\n# coding: latin-1\ns = '\u00e9'\n")).startsWith("4:6: " + DECODING);
  }

  @Test
  void aByteOrderMarkIsSkipped() throws Exception {
    assertThat(SourceDecoding.decode(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x', '\n'}, "m.pyx")).isEqualTo("x\n");
  }

  @Test
  void undecodableBytesAreReportedAsCythonDoes() {
    assertThat(error("def f():\n    return \"\u00e9\"\n"))
        .isEqualTo("2:13: " + DECODING + " (cannot decode with encoding 'utf-8': invalid continuation byte)");
    assertThat(error("x = 1\ndef f():\n    return \"\u0080\"\n"))
        .isEqualTo("3:13: " + DECODING + " (cannot decode with encoding 'utf-8': invalid start byte)");
    assertThat(error("# -*- coding: ascii -*-\ndef f():\n    return \"\u00e9\"\n"))
        .isEqualTo("3:13: " + DECODING + " (cannot decode with encoding 'ascii': ordinal not in range(128))");
    // A sequence cut off by the end of the file: Python reports it against the bytes left over, so Cython says 1:1.
    assertThat(error("x = 1\ndef f():\n    return 1 # \u00e9"))
        .isEqualTo("1:1: " + DECODING + " (cannot decode with encoding 'utf-8': unexpected end of data)");
  }

  @Test
  void anUnknownEncodingIsAnErrorNotACrash() {
    // Cython 3.3.0 itself stops with a Python LookupError traceback here.
    assertThat(error("# coding: foobar\nx = 1\n")).isEqualTo("1:0: unknown encoding: foobar");
  }
}
