package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cdef extern} declarations: a bare {@code cdef extern int spam(int)}, and the blocks of
 * {@code cdef extern from "header.h":} (or {@code *}) with their functions, variables, types and
 * extern extension types; the C types themselves are read by {@link TypeRefParser} and the
 * signatures by {@link SignatureParser}.
 */
final class ExternDeclarationParser {
  private final TokenCursor in;
  private final DeclarationParser decl;
  private final TypeRefParser typeRefs;
  private final SignatureParser signatures;
  private final TypeDeclarationParser types;
  /** While reading {@code cdef extern DECL} (no {@code from}): an extern class declared so is not from a header. */
  private boolean bareExtern;
  /** Inside {@code cdef extern from ... nogil:}: every function declared there is nogil. */
  private boolean externBlockNogil;
  /** Reads a method of an extern class, a cdef function with its suite (the statement parser's job). */
  java.util.function.Supplier<Stmt> methods;

  ExternDeclarationParser(TokenCursor in, DeclarationParser decl, TypeRefParser typeRefs, SignatureParser signatures,
      TypeDeclarationParser types) {
    this.in = in;
    this.decl = decl;
    this.typeRefs = typeRefs;
    this.signatures = signatures;
    this.types = types;
  }


  // extern_block: 'extern' 'from' (STRING | '*') ['nogil'] ':' (extern_line | NEWLINE INDENT [STRING NEWLINE] extern_line+ DEDENT)
  // extern_line: 'pass' | extern_decl (',' declarator)*
  Stmt.CExtern externBlock(Token cdef) {
    Token extern = in.advance();
    if (!in.check(TokenKind.FROM)) {
      // `cdef extern int spam(int)`: a C name declared for this module alone.
      List<Stmt.ExternDecl> decls = new ArrayList<>();
      if (in.check(TokenKind.CLASS)) {
        bareExtern = true;
        try {
          decls.add(externClass(cdef, false));
        } finally {
          bareExtern = false;
        }
        return new Stmt.CExtern(null, null, List.copyOf(decls), false, cdef.pos());
      }
      bareExtern = true;
      try {
        externLine(decls);
      } finally {
        bareExtern = false;
      }
      return new Stmt.CExtern(null, null, List.copyOf(decls), true, cdef.pos());
    }
    in.advance();
    String header;
    if (in.match(TokenKind.STAR)) {
      header = null;
    } else if (in.check(TokenKind.STRING)) {
      header = in.advance().value();
    } else {
      throw in.error(in.peek().pos(), "Expected a string or '*', found '" + TokenCursor.found(in.peek()) + "'");
    }
    if (in.checkName("namespace")) throw in.unsupported(in.peek(), "C++ (namespace)");
    boolean wasNogil = externBlockNogil;
    externBlockNogil = in.checkName("nogil");
    if (externBlockNogil) in.advance();
    try {
      return externBody(cdef, header);
    } finally {
      externBlockNogil = wasNogil;
    }
  }

  private Stmt.CExtern externBody(Token cdef, String header) {
    in.expect(TokenKind.COLON);
    List<Stmt.ExternDecl> decls = new ArrayList<>();
    String code = null;
    if (!in.check(TokenKind.NEWLINE)) {
      externLine(decls);
      return new Stmt.CExtern(header, null, List.copyOf(decls), cdef.pos());
    }
    in.advance();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    if (in.check(TokenKind.STRING) && (in.peek(1).kind() == TokenKind.NEWLINE || in.peek(1).kind() == TokenKind.DEDENT)) {
      code = in.advance().value();
      in.match(TokenKind.NEWLINE);
    }
    externLines(decls);
    return new Stmt.CExtern(header, code, List.copyOf(decls), cdef.pos());
  }

  /** The block's lines up to its end (after its INDENT), with its DEDENT. */
  private void externLines(List<Stmt.ExternDecl> out) {
    while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
      if (in.match(TokenKind.NEWLINE)) continue;
      externLine(out);
    }
    in.match(TokenKind.DEDENT);
  }

  // A compile-time IF's branch in an extern block: NEWLINE INDENT extern_line+ DEDENT
  private List<Stmt.ExternDecl> externBranch() {
    in.expectNewline();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    List<Stmt.ExternDecl> out = new ArrayList<>();
    externLines(out);
    return out;
  }

  private void externLine(List<Stmt.ExternDecl> out) {
    Token t = in.peek();
    if (t.kind() == TokenKind.NAME && t.text().equals("IF") && in.peek(1).kind() != TokenKind.NEWLINE) {
      out.addAll(CompileTimeIf.parse(in, decl.expr, this::externBranch));
      return;
    }
    if (in.match(TokenKind.PASS)) {
      in.expectNewline();
      return;
    }
    if (in.check(TokenKind.CTYPEDEF) && (in.peek(1).kind() == TokenKind.CLASS
        || in.peek(1).kind() == TokenKind.NAME && in.peek(1).text().equals("extern") && in.peek(2).kind() == TokenKind.CLASS)) {
      Token ctypedef = in.advance();
      if (in.checkName("extern")) in.advance();
      out.add(externClass(ctypedef, true));
      return;
    }
    if (in.check(TokenKind.CTYPEDEF)) {
      Stmt type = types.ctypedef();
      out.add(new Stmt.ExternType(type, type instanceof Stmt.TypeDef td ? (td.cname() != null ? td.cname() : td.name())
          : type instanceof Stmt.StructDef sd ? (sd.cname() != null ? sd.cname() : sd.name()) : ((Stmt.EnumDef) type).name()));
      return;
    }
    boolean cpdef = in.check(TokenKind.CPDEF);
    if (in.check(TokenKind.CDEF) || in.check(TokenKind.CPDEF)) in.advance(); // `cdef` is optional inside the block
    if (in.checkName("struct") || in.checkName("union") || in.checkName("packed")) {
      Stmt.StructDef sd = types.structDef(t.pos(), false);
      out.add(new Stmt.ExternType(sd, (sd.union() ? "union " : "struct ") + (sd.cname() != null ? sd.cname() : sd.name())));
      return;
    }
    if (in.checkName("enum")) {
      Stmt.EnumDef ed = types.enumDef(t.pos(), false, cpdef);
      out.add(new Stmt.ExternType(ed, ed.name() == null ? null : "enum " + ed.name()));
      return;
    }
    if (in.checkName("cppclass")) throw in.unsupported(in.peek(), "C++ (cppclass)");
    if (in.check(TokenKind.CLASS)) {
      out.add(externClass(t, false));
      return;
    }
    if (!in.check(TokenKind.NAME)) throw in.error(t.pos(), "Expected an identifier, found '" + TokenCursor.found(t) + "'");
    // `f(args)` with no type before the name returns an object, as a cdef function does.
    TypeRef base = in.peek(1).kind() == TokenKind.LPAREN && in.peek(2).kind() != TokenKind.STAR
        ? new TypeRef.Named("object", in.peek().pos()) : typeRefs.typeRef();
    do {
      TypeRef own = typeRefs.pointers(base);
      TypeRefParser.Named declared = typeRefs.declarator(own);
      own = declared.type();
      Token name = declared.name();
      String cname = in.check(TokenKind.STRING) ? in.advance().value() : name.text();
      if (in.check(TokenKind.LPAREN)) {
        Stmt.ExternFunction f = externFunction(own, name, cname);
        if (cpdef && f.varargs()) throw in.unsupported(t, "cpdef extern functions with varargs");
        out.add(cpdef ? new Stmt.ExternFunction(f.name(), f.cname(), f.params(), f.returnType(), f.except(), false, f.nogil(), true, f.pos())
            : f);
      } else {
        if (in.check(TokenKind.LBRACKET)) own = typeRefs.arrayDims(own);
        boolean isConst = own instanceof TypeRef.Const;
        out.add(new Stmt.ExternVariable(name.text(), cname, own, isConst, name.pos()));
      }
    } while (in.match(TokenKind.COMMA));
    in.match(TokenKind.SEMI); // C's `int VAL;` reads as Cython reads it
    in.expectNewline();
  }

  // extern_class: 'class' NAME ('.' NAME)+ ['[' c_name (',' c_name)* ']'] (':' class_body | NEWLINE)
  // c_name: 'object' NAME | 'type' NAME | 'check_size' ('warn' | 'error' | 'ignore')
  // class_body: NEWLINE INDENT [STRING NEWLINE] ('pass' | ['cdef'] declaration)+ DEDENT
  private Stmt.ExternClass externClass(Token start, boolean typedef) {
    in.expect(TokenKind.CLASS);
    Token first = in.expectName();
    List<String> parts = new ArrayList<>(List.of(first.text()));
    Token last = first;
    while (in.match(TokenKind.DOT)) {
      last = in.expectName();
      parts.add(last.text());
    }
    if (parts.size() < 2) throw in.error(start.pos(), "Module name required for 'extern' C class");
    if (in.check(TokenKind.LPAREN)) throw in.unsupported(in.peek(), "bases of extern extension types");
    String objectStruct = null;
    String typeObject = null;
    String checkSize = "warn";
    Pos namesPos = in.check(TokenKind.LBRACKET) ? in.peek().pos() : null;
    if (in.match(TokenKind.LBRACKET)) {
      do {
        Token which = in.expectName();
        String value = in.expectName().text();
        switch (which.text()) {
          case "object" -> objectStruct = value;
          case "type" -> typeObject = value;
          case "check_size" -> {
            if (!value.equals("warn") && !value.equals("error") && !value.equals("ignore")) {
              // (where Cython reports it: after the value)
              throw in.error(in.peek().pos(), "Expected one of ignore, warn or error, found '" + value + "'");
            }
            checkSize = value;
          }
          default -> throw in.error(which.pos(), "Expected 'object', 'type' or 'check_size', found '" + which.text() + "'");
        }
      } while (in.match(TokenKind.COMMA));
      in.expect(TokenKind.RBRACKET);
    }
    List<Stmt> fields = new ArrayList<>();
    List<Stmt.ExternMethod> inlineMethods = new ArrayList<>();
    boolean defined = in.check(TokenKind.COLON);
    if (in.match(TokenKind.COLON)) {
      in.expectNewline();
      if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
      in.advance();
      if (in.check(TokenKind.STRING) && in.peek(1).kind() == TokenKind.NEWLINE) {
        in.advance();
        in.advance();
      }
      while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
        if (in.match(TokenKind.NEWLINE)) continue;
        if (in.match(TokenKind.PASS)) {
          in.expectNewline();
          continue;
        }
        if (in.check(TokenKind.CDEF) && in.peek(1).kind() == TokenKind.COLON) {
          // `cdef:` and its declarations, a line each
          Token block = in.advance();
          for (Stmt s : decl.cdefBlock(block, null, false)) {
            if (!(s instanceof Stmt.CDef)) throw in.unsupported(block, "methods of extern extension types");
            fields.add(s);
          }
          continue;
        }
        if (methods != null && in.check(TokenKind.AT)) {
          Stmt.ExternMethod m = inlineMethod(last, inlineMethods);
          if (m != null) inlineMethods.add(m);
          continue;
        }
        if (methods != null && in.check(TokenKind.DEF)) {
          // (a def method: refused by sema, as Cython refuses it in a .pxd)
          Token def = in.peek();
          if (methods.get() instanceof Stmt.FuncDef f) inlineMethods.add(new Stmt.ExternMethod(f.name(), f, Stmt.ExternMethod.Kind.DEF, def.pos()));
          continue;
        }
        Token cdef = in.check(TokenKind.CDEF) ? in.advance() : in.peek();
        if (in.check(TokenKind.AT) || in.check(TokenKind.DEF) || in.check(TokenKind.CPDEF)) {
          throw in.unsupported(cdef, "methods of extern extension types");
        }
        DeclarationParser.CDef line = decl.cdefRest(cdef, null);
        if (!(line instanceof DeclarationParser.Variables v)) throw in.unsupported(cdef, "methods of extern extension types");
        fields.add(v.stmt());
      }
      in.match(TokenKind.DEDENT);
    } else {
      in.expectNewline();
    }
    String module = String.join(".", parts.subList(0, parts.size() - 1));
    Stmt.ExtNames names = new Stmt.ExtNames(new Stmt.Linkage(false, false), objectStruct, typeObject, typedef, namesPos);
    Stmt.ClassDef def = new Stmt.ClassDef(last.text(), List.of(), true, null, List.copyOf(fields), List.of(), names, start.pos(),
        last.pos());
    return new Stmt.ExternClass(def, module, checkSize, defined, !bareExtern, List.copyOf(inlineMethods));
  }

  /**
   * A C property method of extern class {@code cls} ({@code @property cdef inline} getter, then
   * {@code @name.setter cdef inline} setter), made a module-level inline function ({@code
   * Cls.name}, {@code Cls.name.__set__}) whose self is typed as the class: another module's type
   * has no vtable of this module's methods, so reading or assigning the attribute is a direct call.
   * Cython's errors for a method that is no C property are reported here (at the decorator, and
   * the method dropped), those of its signature by sema. (Other methods are not supported: Cython
   * 3.3.0 itself fails to build a plain inline one.) Null when dropped.
   */
  private Stmt.ExternMethod inlineMethod(Token cls, List<Stmt.ExternMethod> before) {
    Token at = in.peek();
    Stmt read = methods.get();
    if (!(read instanceof Stmt.FuncDef f) || !f.isCdef() || f.cdef().cpdef() || f.decorators().size() != 1) {
      throw in.unsupported(at, "methods of extern extension types");
    }
    Stmt.Decorator d = f.decorators().get(0);
    String name = f.name().substring(f.name().lastIndexOf('.') + 1);
    Stmt.ExternMethod.Kind kind;
    if (d.expr() instanceof Expr.Name n && n.id().equals("property")) {
      kind = Stmt.ExternMethod.Kind.GETTER;
    } else if (d.expr() instanceof Expr.Attribute a && a.obj() instanceof Expr.Name prop
        && java.util.Set.of("getter", "setter", "deleter").contains(a.name())) {
      if (a.name().equals("deleter")) {
        in.recoverable(d.pos(), "Cannot have deleter for C property");
        // (kept for the redeclaration of its name that Cython reports with it)
        return new Stmt.ExternMethod(name, f, Stmt.ExternMethod.Kind.DELETER, d.pos());
      }
      if (!prop.id().equals(name)) {
        in.recoverable(d.pos(), "Mismatching C property names, expected '" + prop.id() + "', got '" + name + "'");
        return null;
      }
      if (before.stream().noneMatch(m -> m.name().equals(name) && m.kind() == Stmt.ExternMethod.Kind.GETTER)) {
        throw in.error(d.pos(), "'" + name + "' is not a C property declared before");
      }
      kind = a.name().equals("getter") ? Stmt.ExternMethod.Kind.GETTER : Stmt.ExternMethod.Kind.SETTER;
    } else {
      throw in.unsupported(at, "methods of extern extension types");
    }
    if (!f.cdef().inline()) in.recoverable(d.pos(), "C property method must be declared 'inline'");
    if (before.stream().anyMatch(m -> m.name().equals(name) && m.kind() == kind)) {
      in.recoverable(d.pos(), "C property redeclared");
      return null;
    }
    if (f.params().isEmpty()) throw in.error(f.pos(), "C method has no self argument");
    Stmt.Param self = f.params().get(0);
    List<Stmt.Param> params = new ArrayList<>(f.params());
    params.set(0, new Stmt.Param(self.name(), new TypeRef.Named(decl.renamed(cls.text()), self.pos()), null, false, false, self.pos()));
    String function = decl.renamed(cls.text() + "." + name) + (kind == Stmt.ExternMethod.Kind.SETTER ? ".__set__" : "");
    return new Stmt.ExternMethod(name, new Stmt.FuncDef(function, List.copyOf(params), f.returnType(), f.docstring(), f.body(),
        List.of(), f.cdef(), f.pos()), kind, d.pos());
  }

  // extern_function: '(' [extern_param (',' extern_param)*] [',' '...'] ')' [except_spec] ['nogil']
  private Stmt.ExternFunction externFunction(TypeRef returnType, Token name, String cname) {
    Pos declarator = in.expect(TokenKind.LPAREN).pos();
    SignatureParser.CParams params = signatures.cParams();
    Stmt.ExceptSpec except = signatures.exceptSpec(declarator);
    return new Stmt.ExternFunction(name.text(), cname, params.params(), returnType, except, params.varargs(),
        signatures.nogilSeen() || externBlockNogil, name.pos());
  }
}
