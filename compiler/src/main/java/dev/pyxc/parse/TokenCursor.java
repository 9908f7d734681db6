package dev.pyxc.parse;

import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.List;

/**
 * The one position in the token list that the statement, declaration and expression parsers
 * share, and the fixed vocabulary they read it with ({@code peek}, {@code check}, {@code match},
 * {@code expect}, {@code advance}) plus the errors they throw. Keeping the vocabulary here, not in
 * each parser, is what lets them agree on how an error is positioned and worded.
 */
final class TokenCursor {
  private List<Token> tokens;
  private int p;
  /** Errors after which the parse goes on, as Cython's non-fatal ones; reported with the rest. */
  final List<SyntaxError> reported = new java.util.ArrayList<>();
  /** The parser's warnings, in the order given. */
  final List<dev.pyxc.ast.Module.Warning> warnings = new java.util.ArrayList<>();

  /** Reads the files {@code include} names; null where the parse has no files (a bundled .pxd, a fragment). */
  IncludeSource includes;
  /** How many statement blocks enclose the cursor (a module-level IF's branches do not count): include is a module's statement. */
  int blockDepth;
  /** The included files being read, innermost last: each file and the index just past its tokens. */
  private final List<java.util.Map.Entry<String, Integer>> openIncludes = new java.util.ArrayList<>();

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * Puts an included file's tokens (without their EOF) where the cursor stands, to be read next;
   * false, changing nothing, when that file is already being read (a recursive include).
   * {@code statement}: the {@link #mark} where the include statement starts.
   */
  boolean splice(IncludeSource.Included file, int statement) {
    openIncludes.removeIf(e -> e.getValue() <= statement);
    if (openIncludes.stream().anyMatch(e -> e.getKey().equals(file.file()))) return false;
    List<Token> body = file.tokens().subList(0, file.tokens().size() - 1);
    List<Token> merged = new java.util.ArrayList<>(tokens.size() + body.size());
    merged.addAll(tokens.subList(0, p));
    merged.addAll(body);
    merged.addAll(tokens.subList(p, tokens.size()));
    tokens = merged;
    // (every file still open ends after this point, so past the new tokens)
    openIncludes.replaceAll(e -> java.util.Map.entry(e.getKey(), e.getValue() + body.size()));
    openIncludes.add(java.util.Map.entry(file.file(), p + body.size()));
    return true;
  }

  /**
   * Parses another token list with the same parsers, then comes back to this position: an
   * f-string's replacement field, whose tokens the lexer kept apart (they end with EOF).
   */
  <T> T within(List<Token> sub, java.util.function.Supplier<T> parse) {
    List<Token> outer = tokens;
    int outerP = p;
    tokens = sub;
    p = 0;
    try {
      return parse.get();
    } finally {
      tokens = outer;
      p = outerP;
    }
  }

  Token peek() {
    return tokens.get(p);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(p + ahead, tokens.size() - 1));
  }

  boolean check(TokenKind kind) {
    return peek().kind() == kind;
  }

  boolean checkName(String name) {
    return check(TokenKind.NAME) && peek().text().equals(name);
  }

  /** The position, to go back to with {@link #reset} after a tentative parse that failed. */
  int mark() {
    return p;
  }

  /** Goes back to a {@link #mark}, forgetting the errors reported since. */
  void reset(int mark, int reportedBefore) {
    p = mark;
    while (reported.size() > reportedBefore) reported.remove(reported.size() - 1);
  }

  Token advance() {
    Token t = tokens.get(p);
    if (p < tokens.size() - 1) p++;
    return t;
  }

  boolean match(TokenKind kind) {
    if (!check(kind)) return false;
    advance();
    return true;
  }

  Token expect(TokenKind kind) {
    if (check(kind)) return advance();
    throw expected(kind.text != null ? kind.text : kind.name());
  }

  SyntaxError expected(String what) {
    return error(peek().pos(), "Expected '" + what + "', found '" + found(peek()) + "'");
  }

  static String found(Token t) {
    return switch (t.kind()) {
      case STRING, BYTES -> "BEGIN_STRING";
      case FSTRING -> "BEGIN_FT_STRING";
      case INT, FLOAT, IMAG, NEWLINE, INDENT, DEDENT, EOF -> t.kind().name();
      default -> t.text();
    };
  }

  SyntaxError error(Pos pos, String message) {
    return new SyntaxError(pos, message, check(TokenKind.INDENT) && peek().pos().equals(pos));
  }

  /** An error Cython reports and then keeps parsing past (its {@code fatal=False}). */
  void report(Pos pos, String message) {
    reported.add(error(pos, message));
  }

  /**
   * An error Cython's parser reports without stopping (the tree it builds is whole): when the file
   * has no other syntax error, the checker's errors are reported with it.
   */
  void recoverable(Pos pos, String message) {
    SyntaxError e = error(pos, message);
    e.recoverable = true;
    reported.add(e);
  }

  SyntaxError unsupported(Token t, String what) {
    return error(t.pos(), "'" + what + "' is not supported by pyxc");
  }

  /** Past a parenthesised group that starts here (to the end of the line when it is not closed). */
  void skipBalanced() {
    int depth = 0;
    do {
      if (check(TokenKind.LPAREN)) depth++;
      else if (check(TokenKind.RPAREN)) depth--;
      advance();
    } while (depth > 0 && !check(TokenKind.NEWLINE) && !check(TokenKind.EOF));
  }

  /** The end of a statement whose extra tokens Cython names by the statement ("Syntax error in ctypedef statement"). */
  void expectNewline(String message) {
    if (!check(TokenKind.EOF) && !check(TokenKind.NEWLINE)) throw error(peek().pos(), message);
    expectNewline();
  }

  void expectNewline() {
    if (check(TokenKind.EOF)) return;
    if (!check(TokenKind.NEWLINE)) {
      if (check(TokenKind.WALRUS)) {
        throw error(peek().pos(), "invalid syntax: assignment expression not allowed in this context");
      }
      SyntaxError e = error(peek().pos(), "Syntax error in simple statement list");
      if (check(TokenKind.AMPAMP) || check(TokenKind.PIPEPIPE)) {
        e.hint("Found the C operator '" + peek().text() + "', did you mean the Python operator '"
            + (check(TokenKind.AMPAMP) ? "and" : "or") + "'?");
      }
      throw e;
    }
    advance();
  }

  Token expectName() {
    if (check(TokenKind.NAME)) return advance();
    if (peek().kind().isKeyword()) {
      throw error(peek().pos(), "Expected an identifier, found '" + peek().text() + "'");
    }
    throw error(peek().pos(), "Expected an identifier");
  }
}
