package dev.pyxc.lex;

import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Handwritten scanner for the Cython subset.
 *
 * <p>Indentation is explicit state: a stack of column widths, the character first used to indent
 * (Cython rejects mixing tabs and spaces), and the bracket depth, inside which newlines and
 * indentation mean nothing (implicit line joining). Errors are collected, never thrown, so one run
 * reports what it can; the parser stops at the first one, as Cython does for syntax errors.
 */
public final class Lexer {
  private final String src;
  private final Diagnostics diags;
  /** Where tokens go: the file's list, or a replacement field's while one is scanned. */
  private List<Token> tokens = new ArrayList<>();
  private final List<HeaderDirective> directives = new ArrayList<>();
  private final Deque<Integer> indents = new ArrayDeque<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;
  private char indentChar;
  private boolean seenCode;
  /** Set once `from __future__ import unicode_literals` is read: it changes raw literals at language level 2. */
  private boolean unicodeLiterals;

  /** The language level given outside the file ({@code -X}), which wins over its header; or null. */
  private final String languageLevelOverride;

  public Lexer(String src, Diagnostics diags) {
    this(src, diags, null);
  }

  public Lexer(String src, Diagnostics diags, String languageLevelOverride) {
    this.src = src.replace("\r\n", "\n").replace('\r', '\n');
    this.diags = diags;
    this.languageLevelOverride = languageLevelOverride;
    indents.push(0);
  }

  /** Whether the file is compiled at language level 2: the -X setting, else its header; pyxc's default is 3. */
  public boolean languageLevel2() {
    String level = languageLevelOverride;
    for (HeaderDirective d : directives) {
      if (level == null && d.name().equals("language_level")) level = d.value();
    }
    return "2".equals(level);
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<HeaderDirective> directives() {
    return directives;
  }

  /** Scans the whole input; the token list always ends with NEWLINE? DEDENT* EOF. */
  public List<Token> scan() {
    boolean atLineStart = true;
    while (pos < src.length()) {
      if (atLineStart) {
        atLineStart = false;
        // Inside brackets a new physical line continues the logical one: no indentation.
        if (depth == 0 && !indentation()) {
          atLineStart = true;
          continue;
        }
      }
      char c = src.charAt(pos);
      if (c == '\n') {
        newline();
        atLineStart = true;
      } else if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
      } else if (c == '#') {
        comment();
      } else if (c == '\\') {
        continuation();
      } else {
        seenCode = true;
        token();
      }
    }
    if (!tokens.isEmpty() && last().kind() != TokenKind.NEWLINE && last().kind() != TokenKind.DEDENT) {
      add(TokenKind.NEWLINE, "", line, col());
    }
    while (indents.size() > 1) {
      indents.pop();
      add(TokenKind.DEDENT, "", line, col());
    }
    add(TokenKind.EOF, "", line, col());
    return tokens;
  }

  private Token last() {
    return tokens.get(tokens.size() - 1);
  }

  private int col() {
    return pos - lineStart;
  }

  private void add(TokenKind kind, String text, int l, int c) {
    tokens.add(new Token(kind, text, text, l, c));
  }

  private void error(int l, int c, String message) {
    diags.error(new Pos(l, c), message);
  }

  /**
   * Measures the indentation of a logical line. Blank and comment-only lines do not count.
   * Returns false when the line was skipped entirely.
   */
  private boolean indentation() {
    int start = pos;
    int width = 0;
    boolean mixed = false;
    char first = 0;
    while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f')) {
      char c = src.charAt(pos);
      if (c == '\f') { pos++; continue; }
      if (first == 0) first = c;
      else if (c != first) mixed = true;
      width = c == '\t' ? (width / 8 + 1) * 8 : width + 1;
      pos++;
    }
    // Whitespace that ends the file is a blank line too.
    if (pos >= src.length()) return false;
    char c = src.charAt(pos);
    if (c == '\n' || c == '#') {
      if (c == '#') comment();
      if (pos < src.length()) {
        pos++;
        line++;
        lineStart = pos;
      }
      return false;
    }
    if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
      // A continuation on an otherwise empty line joins it to the next one.
      pos += 2;
      line++;
      lineStart = pos;
      return false;
    }
    if (first != 0) {
      if (indentChar == 0) indentChar = first;
      else if (indentChar != first) mixed = true;
      if (mixed) error(line, 0, "Mixed use of tabs and spaces");
    }
    int current = indents.peek();
    if (width > current) {
      indents.push(width);
      add(TokenKind.INDENT, src.substring(start, pos), line, 0);
    } else if (width < current) {
      while (width < indents.peek()) {
        indents.pop();
        add(TokenKind.DEDENT, "", line, col());
      }
      if (width != indents.peek()) error(line, 0, "Inconsistent indentation");
    }
    return true;
  }

  private void newline() {
    if (depth == 0 && !tokens.isEmpty() && last().kind() != TokenKind.NEWLINE
        && last().kind() != TokenKind.INDENT && last().kind() != TokenKind.DEDENT) {
      add(TokenKind.NEWLINE, "", line, col());
    }
    pos++;
    line++;
    lineStart = pos;
  }

  private void comment() {
    int start = pos;
    while (pos < src.length() && src.charAt(pos) != '\n') pos++;
    if (!seenCode) headerDirective(src.substring(start, pos), start - lineStart);
  }

  /** {@code # cython: boundscheck=False, wraparound=False} before the first line of code. */
  private void headerDirective(String comment, int column) {
    String body = comment.substring(1).stripLeading();
    if (!body.startsWith("cython:")) return;
    int offset = comment.indexOf("cython:") + "cython:".length();
    String rest = comment.substring(offset);
    int c = column + offset;
    for (String part : rest.split(",", -1)) {
      String item = part.strip();
      int itemCol = c + part.indexOf(item.isEmpty() ? " " : item);
      c += part.length() + 1;
      if (item.isEmpty()) continue;
      int eq = item.indexOf('=');
      if (eq < 0) {
        error(line, Math.max(itemCol, 0), "Malformed directive: '" + item + "' (expected name=value)");
        continue;
      }
      // Cython reports directive errors at the start of the header line.
      directives.add(new HeaderDirective(item.substring(0, eq).strip(), item.substring(eq + 1).strip(), new Pos(line, 0)));
    }
  }

  private void continuation() {
    if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
      pos += 2;
      line++;
      lineStart = pos;
    } else {
      error(line, col(), "Unexpected character after line continuation character");
      pos++;
    }
  }

  private void token() {
    char c = src.charAt(pos);
    int l = line;
    int c0 = col();
    if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
      number();
      return;
    }
    if (isIdentStart(c)) {
      int start = pos;
      while (pos < src.length() && isIdentPart(src.charAt(pos))) pos++;
      String word = src.substring(start, pos);
      if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && isStringPrefix(word)) {
        string(word, l, c0);
        return;
      }
      // As Python reads identifiers: NFKC-normalised (the ligature 'ﬁ' is the name 'fi').
      if (!word.chars().allMatch(ch -> ch < 128)) word = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
      TokenKind kw = TokenKind.keyword(word);
      add(kw != null ? kw : TokenKind.NAME, word, l, c0);
      if (word.equals("unicode_literals") && importedFromFuture()) unicodeLiterals = true;
      return;
    }
    if (c == '\'' || c == '"') {
      string("", l, c0);
      return;
    }
    if (src.startsWith("<>", pos)) {
      // Python 2's spelling of '!=', which Cython still reads at every language level.
      pos += 2;
      add(TokenKind.NE, "<>", l, c0);
      return;
    }
    for (int len = 3; len >= 1; len--) {
      if (pos + len > src.length()) continue;
      String op = src.substring(pos, pos + len);
      TokenKind kind = TokenKind.operator(op);
      if (kind == null) continue;
      pos += len;
      switch (kind) {
        case LPAREN, LBRACKET, LBRACE -> depth++;
        case RPAREN, RBRACKET, RBRACE -> depth = Math.max(0, depth - 1);
        default -> { }
      }
      add(kind, op, l, c0);
      return;
    }
    error(l, c0, "Unrecognized character");
    pos++;
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Whether the name just added is imported by a {@code from __future__ import ...} statement. */
  private boolean importedFromFuture() {
    int i = tokens.size() - 2;
    while (i >= 0 && switch (tokens.get(i).kind()) {
      case NAME, COMMA, LPAREN, AS -> true;
      default -> false;
    }) i--;
    return i >= 2 && tokens.get(i).kind() == TokenKind.IMPORT && tokens.get(i - 1).text().equals("__future__")
        && tokens.get(i - 2).kind() == TokenKind.FROM;
  }

  private static boolean isStringPrefix(String w) {
    String p = w.toLowerCase();
    return switch (p) {
      case "r", "u", "b", "br", "rb", "f", "fr", "rf", "c", "ur", "ru", "t", "tr", "rt" -> true;
      default -> false;
    };
  }

  private void number() {
    int l = line;
    int c0 = col();
    int start = pos;
    boolean isFloat = false;
    if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
      char base = Character.toLowerCase(src.charAt(pos + 1));
      pos += 2;
      String digits = base == 'x' ? "0123456789abcdefABCDEF_" : base == 'o' ? "01234567_" : "01_";
      int digitsStart = pos;
      while (pos < src.length() && (digits.indexOf(src.charAt(pos)) >= 0)) pos++;
      if (pos == digitsStart || (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos)) && "uUlL".indexOf(src.charAt(pos)) < 0)) {
        error(l, c0, "Invalid integer literal");
        while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) pos++;
      }
    } else {
      digits();
      if (pos < src.length() && src.charAt(pos) == '.' && !(pos + 1 < src.length() && src.charAt(pos + 1) == '.')) {
        isFloat = true;
        pos++;
        digits();
      }
      if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
        int save = pos;
        pos++;
        if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
        if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
          isFloat = true;
          digits();
        } else {
          pos = save;
        }
      }
    }
    if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
      pos++;
      add(TokenKind.IMAG, src.substring(start, pos), l, c0);
      return;
    }
    if (!isFloat) {
      while (pos < src.length() && "uUlL".indexOf(src.charAt(pos)) >= 0) pos++;
    }
    String text = src.substring(start, pos);
    if (text.contains("__") || text.endsWith("_")) error(l, c0, "Invalid number literal");
    add(isFloat ? TokenKind.FLOAT : TokenKind.INT, text, l, c0);
  }

  private void digits() {
    while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
  }

  private void string(String prefix, int l, int c0) {
    String p = prefix.toLowerCase();
    boolean raw = p.contains("r");
    // Cython's c'x': one byte as a C char, escapes as in a bytes literal.
    boolean charLiteral = p.contains("c");
    boolean bytes = p.contains("b") || charLiteral;
    if (p.contains("f")) {
      fstring(raw, l, c0, pos - prefix.length());
      return;
    }
    if (p.contains("t")) error(l, c0, "t-strings are not supported by pyxc");
    // Python 2's raw unicode literals: at language level 2 they still resolve the u and U escapes.
    // An unprefixed literal is one of them under `from __future__ import unicode_literals`.
    boolean rawUnicodeEscapes = raw && (p.contains("u") || unicodeLiterals && !bytes) && languageLevel2();
    char quote = src.charAt(pos);
    boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
    boolean nonAsciiReported = false;
    int start = pos - prefix.length();
    pos += triple ? 3 : 1;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        error(line, col(), "Unclosed string literal");
        break;
      }
      char c = src.charAt(pos);
      if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), pos))) {
        pos += triple ? 3 : 1;
        break;
      }
      if (c == '\n') {
        if (!triple) {
          error(line, col(), "Unclosed string literal");
          break;
        }
        value.append('\n');
        pos++;
        line++;
        lineStart = pos;
        continue;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char next = src.charAt(pos + 1);
        if (rawUnicodeEscapes && (next == 'u' || next == 'U')) {
          escape(value, false);
          continue;
        }
        if (raw) {
          value.append(c).append(next);
          if (src.charAt(pos + 1) == '\n') {
            line++;
            lineStart = pos + 2;
          }
          pos += 2;
          continue;
        }
        escape(value, bytes);
        continue;
      }
      if (bytes && c > 127 && !nonAsciiReported) {
        // Cython 3 reports it once, at the literal; at language level 2 it encodes the characters.
        nonAsciiReported = true;
        error(l, c0, languageLevel2() ? "non-ASCII characters in bytes literals at language level 2 are not supported by pyxc"
            : "bytes can only contain ASCII literal characters.");
      }
      value.append(c);
      pos++;
    }
    TokenKind kind = charLiteral ? TokenKind.CHAR : bytes ? TokenKind.BYTES : TokenKind.STRING;
    tokens.add(new Token(kind, src.substring(start, pos), value.toString(), l, c0));
  }

  /**
   * An f-string after its prefix: literal pieces and replacement fields, as Cython 3.3 (and
   * PEP 701) scan them. A field's expression is scanned here, token by token, into a list of its
   * own, up to the {@code ':'} or {@code '}'} at its own bracket level; inside it quotes, nested
   * f-strings and newlines are as anywhere in brackets.
   */
  private void fstring(boolean raw, int l, int c0, int start) {
    char quote = src.charAt(pos);
    boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
    pos += triple ? 3 : 1;
    List<FStringPart> parts = fstringMiddle(quote, triple, raw, false);
    tokens.add(new Token(TokenKind.FSTRING, src.substring(start, pos), "", l, c0, List.copyOf(parts)));
  }

  /** Pieces up to the closing quote, or in a format spec ({@code inSpec}) up to the '}' ending its field. */
  private List<FStringPart> fstringMiddle(char quote, boolean triple, boolean raw, boolean inSpec) {
    List<FStringPart> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Pos textPos = new Pos(line, col());
    String close = String.valueOf(quote).repeat(triple ? 3 : 1);
    while (true) {
      if (pos >= src.length()) {
        error(line, col(), "Unclosed string literal");
        break;
      }
      char c = src.charAt(pos);
      if (src.startsWith(close, pos)) {
        if (!inSpec) pos += close.length();
        break;
      }
      if (c == '\n') {
        if (!triple) {
          error(line, col(), "Unclosed string literal");
          break;
        }
        text.append(c);
        pos++;
        line++;
        lineStart = pos;
      } else if (c == '\\' && pos + 1 < src.length()) {
        char next = src.charAt(pos + 1);
        if (raw ? next == '\\' || next == '\'' || next == '"' : next != '{' && next != '}') {
          if (raw) {
            text.append(c).append(next);
            pos += 2;
          } else {
            escape(text, false);
          }
        } else {
          // A backslash before a brace (or any other in a raw f-string) is just a backslash.
          text.append(c);
          pos++;
        }
      } else if (c == '{' && !inSpec && src.startsWith("{{", pos)) {
        text.append('{');
        pos += 2;
      } else if (c == '}' && inSpec) {
        break;
      } else if (c == '}') {
        // A run of braces: each pair is one literal brace; an odd one out is an error, which
        // Cython reports where the run starts.
        int run = 0;
        while (pos + run < src.length() && src.charAt(pos + run) == '}') run++;
        text.append("}".repeat(run / 2));
        if (run % 2 != 0) error(line, col(), "f-string or t-string: single '}' is not allowed");
        pos += run;
      } else if (c == '{') {
        if (!text.isEmpty()) parts.add(new FStringPart.Text(text.toString(), textPos));
        text.setLength(0);
        parts.add(field(quote, triple, raw));
        textPos = new Pos(line, col());
      } else {
        text.append(c);
        pos++;
      }
    }
    if (!text.isEmpty()) parts.add(new FStringPart.Text(text.toString(), textPos));
    return parts;
  }

  /** {@code {expr [=] [!c] [:spec]}} from its opening brace to after its closing one. */
  private FStringPart.Field field(char quote, boolean triple, boolean raw) {
    Pos brace = new Pos(line, col());
    pos++;
    int exprStart = pos;
    List<Token> outer = tokens;
    int outerDepth = depth;
    tokens = new ArrayList<>();
    int base = ++depth;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        newline();
      } else if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
      } else if (c == '#') {
        comment();
      } else if (c == '\\' && src.startsWith("\\\n", pos)) {
        continuation();
      } else if (c == '\\') {
        // Cython's field scanner has no rule for any other backslash.
        error(line, col(), "Unrecognized character");
        pos++;
      } else if (depth == base && (c == '}' || c == ':')) {
        break;
      } else if (depth == base && (c == ')' || c == ']')) {
        error(line, col(), "Unmatched '" + c + "'");
        pos++;
      } else if (c == '!' && !src.startsWith("!=", pos)) {
        tokens.add(new Token(TokenKind.BANG, "!", "!", line, col()));
        pos++;
      } else {
        token();
      }
    }
    String source = src.substring(exprStart, pos);
    add(TokenKind.EOF, "", line, col());
    List<Token> exprTokens = List.copyOf(tokens);
    tokens = outer;
    depth = outerDepth;
    List<FStringPart> spec = null;
    Pos specPos = null;
    if (pos < src.length() && src.charAt(pos) == ':') {
      pos++;
      specPos = new Pos(line, col());
      spec = List.copyOf(fstringMiddle(quote, triple, raw, true));
    }
    if (pos < src.length() && src.charAt(pos) == '}') {
      pos++;
    } else if (pos >= src.length()) {
      error(line, col(), "Expected '}', found 'None'");
    } else {
      // Only the closing quote ends a format spec otherwise.
      error(line, col(), "Expected '}', found 'END_FT_STRING'");
    }
    return new FStringPart.Field(brace, exprTokens, source, spec, specPos);
  }

  private void escape(StringBuilder out, boolean bytes) {
    int l = line;
    int c0 = col();
    char e = src.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case '\n' -> {
        line++;
        lineStart = pos;
      }
      case '\\' -> out.append('\\');
      case '\'' -> out.append('\'');
      case '"' -> out.append('"');
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'v' -> out.append('\u000b');
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        int v = e - '0';
        for (int i = 0; i < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; i++) {
          v = v * 8 + (src.charAt(pos++) - '0');
        }
        out.append((char) (bytes ? v & 0xff : v));
      }
      case 'x' -> {
        if (hexDigitsAhead(2)) out.appendCodePoint(hex(2, l, c0));
        else error(l, c0, "Invalid hex escape '\\x'");
      }
      case 'u', 'U' -> {
        if (bytes) {
          out.append('\\').append(e);
        } else if (hexDigitsAhead(e == 'u' ? 4 : 8)) {
          out.appendCodePoint(hex(e == 'u' ? 4 : 8, l, c0));
        } else {
          // As Cython's scanner: without all its digits the escape is just the two characters.
          error(l, c0, "Invalid unicode escape '\\" + e + "'");
        }
      }
      case 'N' -> {
        if (bytes) out.append('\\').append(e);
        else out.appendCodePoint(namedCharacter(l, c0));
      }
      default -> out.append('\\').append(e);
    }
  }

  private boolean hexDigitsAhead(int n) {
    if (pos + n > src.length()) return false;
    for (int i = 0; i < n; i++) {
      if (Character.digit(src.charAt(pos + i), 16) < 0) return false;
    }
    return true;
  }

  /**
   * {@code \N{NAME}} after the {@code \N}: the character with that Unicode name. Cython's scanner
   * takes letters, spaces and hyphens between the braces; anything else leaves an empty name.
   */
  private int namedCharacter(int l, int c0) {
    int end = pos;
    if (end < src.length() && src.charAt(end) == '{') {
      end++;
      while (end < src.length() && (Character.isLetter(src.charAt(end)) && src.charAt(end) < 128 || src.charAt(end) == ' '
          || src.charAt(end) == '-')) {
        end++;
      }
    }
    String name = "";
    if (end > pos && end < src.length() && src.charAt(end) == '}') {
      name = src.substring(pos + 1, end);
      pos = end + 1;
    }
    try {
      if (!name.isEmpty()) return Character.codePointOf(name);
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    error(l, c0, "Unknown Unicode character name '" + name + "'");
    return 0;
  }

  private int hex(int n, int l, int c0) {
    long v = 0;  // eight hex digits overflow an int
    for (int i = 0; i < n; i++) {
      int d = pos < src.length() ? Character.digit(src.charAt(pos), 16) : -1;
      if (d < 0) {
        error(l, c0, "Invalid hex escape '\\" + src.charAt(Math.max(0, pos - i - 1)) + "'");
        return 0;
      }
      v = v * 16 + d;
      pos++;
    }
    if (v > 0x10FFFF) {
      error(l, c0, "Invalid unicode escape '" + src.substring(pos - n - 2, pos) + "'");
      return 0;
    }
    return (int) v;
  }
}
