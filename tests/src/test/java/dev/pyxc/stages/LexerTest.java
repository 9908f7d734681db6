package dev.pyxc.stages;

import dev.pyxc.diag.Diagnostic;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.lex.FStringPart;
import dev.pyxc.lex.HeaderDirective;
import dev.pyxc.lex.Lexer;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import dev.pyxc.support.CaseFile;
import dev.pyxc.support.Paths;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code tests/cases/lex/*.test}: source in, one token per line out (then directives and errors). */
class LexerTest {
  @TestFactory
  Stream<DynamicTest> lexCases() throws Exception {
    return CaseFile.tests(Paths.cases("lex"), LexerTest::dump);
  }

  static String dump(String source) {
    Diagnostics diags = new Diagnostics("t.pyx");
    Lexer lexer = new Lexer(source, diags);
    StringBuilder sb = new StringBuilder();
    tokens(lexer.scan(), "", sb);
    for (HeaderDirective d : lexer.directives()) {
      sb.append("directive ").append(d.name()).append('=').append(d.value()).append(" @").append(d.pos()).append('\n');
    }
    for (Diagnostic d : diags.all()) sb.append("error ").append(d.position()).append('\n');
    return sb.toString().strip();
  }

  private static void tokens(java.util.List<Token> tokens, String indent, StringBuilder sb) {
    for (Token t : tokens) {
      sb.append(indent).append(t.line()).append(':').append(t.col()).append(' ').append(t.kind());
      if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.BYTES) {
        sb.append(' ').append(escape(t.value()));
      } else if (t.kind() == TokenKind.FSTRING) {
        sb.append(' ').append(escape(t.text()));
      } else if (t.kind().text == null && !t.text().isEmpty() && t.kind() != TokenKind.INDENT) {
        sb.append(' ').append(t.text());
      }
      sb.append('\n');
      if (t.fstring() != null) parts(t.fstring(), indent + "  ", sb);
    }
  }

  /** An f-string's pieces under its token: text, and each field's source, tokens and spec. */
  private static void parts(java.util.List<FStringPart> parts, String indent, StringBuilder sb) {
    for (FStringPart p : parts) {
      if (p instanceof FStringPart.Text t) {
        sb.append(indent).append("text ").append(t.pos()).append(' ').append(escape(t.value())).append('\n');
      } else if (p instanceof FStringPart.Field f) {
        sb.append(indent).append("field ").append(f.brace()).append(' ').append(escape(f.source())).append('\n');
        tokens(f.tokens(), indent + "  ", sb);
        if (f.spec() != null) {
          sb.append(indent).append("  spec ").append(f.specPos()).append('\n');
          parts(f.spec(), indent + "    ", sb);
        }
      }
    }
  }

  private static String escape(String s) {
    return s.chars().mapToObj(c -> c >= 32 && c < 127 && c != '|' ? String.valueOf((char) c) : String.format("\\x%02x", c))
        .collect(Collectors.joining("", "|", "|"));
  }
}
