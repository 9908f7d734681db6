package dev.pyxc.lex;

import java.util.HashMap;
import java.util.Map;

/** Every token the subset needs. Keywords and operators carry their spelling. */
public enum TokenKind {
  NAME(null), INT(null), FLOAT(null), IMAG(null), STRING(null), BYTES(null), CHAR(null),
  NEWLINE(null), INDENT(null), DEDENT(null), EOF(null),
  // An f-string (its pieces in Token.fstring), and the '!' of a conversion, which exists only
  // inside an f-string's replacement field (elsewhere '!' is no token of the subset).
  FSTRING(null), BANG(null),

  // Python keywords
  FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
  ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
  DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
  FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
  LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
  RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield"),
  // Cython keywords
  CDEF("cdef"), CPDEF("cpdef"), CIMPORT("cimport"), CTYPEDEF("ctypedef"),
  INCLUDE("include"),

  // Operators and delimiters
  LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), LBRACE("{"), RBRACE("}"),
  COMMA(","), COLON(":"), SEMI(";"), DOT("."), ELLIPSIS("..."), ARROW("->"), AT("@"), QUESTION("?"),
  WALRUS(":="), EQ("="),
  PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DSLASH("//"), PERCENT("%"), DSTAR("**"),
  AMP("&"), PIPE("|"), CARET("^"), TILDE("~"), LSHIFT("<<"), RSHIFT(">>"),
  LT("<"), GT(">"), LE("<="), GE(">="), EQEQ("=="), NE("!="),
  PLUSEQ("+="), MINUSEQ("-="), STAREQ("*="), SLASHEQ("/="), DSLASHEQ("//="), PERCENTEQ("%="),
  DSTAREQ("**="), AMPEQ("&="), PIPEEQ("|="), CARETEQ("^="), LSHIFTEQ("<<="), RSHIFTEQ(">>="),
  ATEQ("@="), BACKQUOTE("`"),
  // C's '&&' and '||', which Cython scans as tokens of their own to name the mistake.
  AMPAMP("&&"), PIPEPIPE("||");

  public final String text;

  TokenKind(String text) {
    this.text = text;
  }

  private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
  private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

  static {
    for (TokenKind k : values()) {
      if (k.text == null) continue;
      if (Character.isLetter(k.text.charAt(0))) KEYWORDS.put(k.text, k);
      else OPERATORS.put(k.text, k);
    }
  }

  public static TokenKind keyword(String word) {
    return KEYWORDS.get(word);
  }

  public static TokenKind operator(String text) {
    return OPERATORS.get(text);
  }

  public boolean isKeyword() {
    return text != null && Character.isLetter(text.charAt(0));
  }
}
