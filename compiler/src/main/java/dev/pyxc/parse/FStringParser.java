package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.FStringPart;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * F-strings: the lexer hands over literal pieces and, for each replacement field, the tokens of
 * its expression (positioned in the file); this class parses those tokens with the ordinary
 * expression parser and reads the {@code =}, the conversion and the format spec around them.
 * The messages and their positions are Cython 3.3's; like Cython, a wrong conversion or stray
 * text after the expression is reported and the parse goes on.
 */
final class FStringParser {
  private final TokenCursor in;
  private final ExpressionParser expressions;

  FStringParser(TokenCursor in, ExpressionParser expressions) {
    this.in = in;
    this.expressions = expressions;
  }

  /** Adjacent literals of which at least one is an f-string: one f-string, the plain ones as its text. */
  Expr.JoinedStr joined(List<Token> literals) {
    List<Expr> values = new ArrayList<>();
    for (Token t : literals) {
      if (t.kind() == TokenKind.FSTRING) {
        parts(t.fstring(), values);
      } else {
        text(values, t.value(), t.pos());
      }
    }
    return new Expr.JoinedStr(List.copyOf(values), literals.get(0).pos());
  }

  private void parts(List<FStringPart> parts, List<Expr> out) {
    for (FStringPart p : parts) {
      if (p instanceof FStringPart.Text t) {
        text(out, t.value(), t.pos());
      } else {
        field((FStringPart.Field) p, out);
      }
    }
  }

  /** Literal text, joined to the text before it when there is some (as CPython folds it). */
  private static void text(List<Expr> out, String value, Pos pos) {
    if (value.isEmpty()) return;
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Expr.StrLit s) {
      out.set(out.size() - 1, new Expr.StrLit(s.value() + value, s.pos()));
    } else {
      out.add(new Expr.StrLit(value, pos));
    }
  }

  // replacement_field: '{' testlist ['='] ['!' NAME] [':' format_spec] '}'
  // format_spec: (literal text | replacement_field)*
  private void field(FStringPart.Field f, List<Expr> out) {
    if (f.tokens().size() == 1) {
      in.report(f.brace(), "empty expression not allowed in f-string");
      return;
    }
    Expr.JoinedStr spec = null;
    if (f.spec() != null) {
      List<Expr> specValues = new ArrayList<>();
      parts(f.spec(), specValues);
      spec = new Expr.JoinedStr(List.copyOf(specValues), f.specPos());
    }
    Expr.JoinedStr formatSpec = spec;
    in.within(f.tokens(), () -> {
      lambdaWithoutParentheses(f.tokens());
      if (in.check(TokenKind.STAR) && f.tokens().stream().noneMatch(t -> t.kind() == TokenKind.COMMA)) {
        throw in.error(in.peek().pos(), "starred expression is not allowed here");
      }
      Expr value = expressions.testList();
      boolean debug = in.match(TokenKind.EQ);
      char conversion = conversion();
      if (!in.check(TokenKind.EOF)) {
        in.report(in.peek().pos(), "Unexpected characters after f-string expression: " + in.peek().text());
      }
      if (debug) {
        // The '=' form prints the expression as written, '=' and spaces included, before its value.
        String source = withoutComments(conversion == 0 ? f.source() : f.source().substring(0, f.source().lastIndexOf('!')));
        text(out, source, new Pos(f.brace().line(), f.brace().col() + 1));
      }
      char c = debug && conversion == 0 && formatSpec == null ? 'r' : conversion;
      out.add(new Expr.FormattedValue(value, c, formatSpec, f.brace()));
      return null;
    });
  }

  /** The text of a multi-line field as Python 3.12 shows it: comments left out, their newlines kept. */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (quote != 0) {
        if (c == '\\' && i + 1 < source.length()) {
          out.append(c).append(source.charAt(++i));
          continue;
        }
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#') {
        while (i + 1 < source.length() && source.charAt(i + 1) != '\n') i++;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** {@code !r}, {@code !s}, {@code !a} right after the '!'; 0 when there is none. */
  private char conversion() {
    if (!in.check(TokenKind.BANG)) return 0;
    Token bang = in.advance();
    Token c = in.peek();
    if (c.kind() == TokenKind.EOF) {
      in.report(c.pos(), "missing conversion character");
      return 0;
    }
    in.advance();
    if (c.text().equals("d")) throw in.unsupported(c, "!d conversion");
    if (!List.of("s", "r", "a").contains(c.text())) {
      in.report(c.pos(), "invalid conversion character '" + c.text() + "'");
      return 0;
    }
    if (c.line() != bang.line() || c.col() != bang.col() + 1) {
      in.report(c.pos(), "f-string: conversion type must come right after the exclamation mark");
      return 0;
    }
    return c.text().charAt(0);
  }

  /**
   * {@code {lambda x: 1}}: the ':' starts the format spec, so the lambda has no body; Cython
   * says so where the expression ends (a lambda in parentheses is an ordinary expression).
   */
  private void lambdaWithoutParentheses(List<Token> tokens) {
    if (tokens.get(0).kind() == TokenKind.LAMBDA && tokens.stream().noneMatch(t -> t.kind() == TokenKind.COLON)) {
      throw in.error(tokens.get(tokens.size() - 1).pos(), "Expected ':', found 'EOF'");
    }
  }
}
