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
 * The C type declarations of a module, a {@code .pxd} or an extern block: {@code ctypedef},
 * {@code struct}/{@code union} with their fields and {@code enum} with its members. Types and
 * declarators are read by {@link TypeRefParser}; this one serves {@link DeclarationParser}.
 */
final class TypeDeclarationParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  private final TypeRefParser typeRefs;
  private final SignatureParser signatures;

  TypeDeclarationParser(TokenCursor in, ExpressionParser expr, TypeRefParser typeRefs, SignatureParser signatures) {
    this.in = in;
    this.expr = expr;
    this.typeRefs = typeRefs;
    this.signatures = signatures;
  }

  // ctypedef: 'ctypedef' (struct_def | enum_def | type declarator) NEWLINE
  Stmt ctypedef() {
    Token kw = in.advance();
    if (in.check(TokenKind.CLASS) || in.checkName("extern") && in.peek(1).kind() == TokenKind.CLASS) {
      throw in.unsupported(kw, "extern extension types");
    }
    boolean isPublic = false;
    boolean isApi = false;
    while (in.checkName("public") && !isPublic || in.checkName("api") && !isApi) {
      if (in.advance().text().equals("public")) isPublic = true;
      else isApi = true;
    }
    Stmt.Linkage linkage = new Stmt.Linkage(isPublic, isApi);
    if (in.checkName("struct") || in.checkName("union") || in.checkName("packed")) return structDef(kw.pos(), true, linkage);
    if (in.checkName("enum")) return enumDef(kw.pos(), true, false, linkage);
    if (in.checkName("fused") && in.peek(1).kind() == TokenKind.NAME) return fusedDef(kw.pos());
    if (!in.check(TokenKind.NAME)) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
    TypeRef type = typeRefs.pointers(typeRefs.typeRef());
    if (!typeRefs.atFunctionPointer() && in.check(TokenKind.LPAREN)) {
      // `(` and a name or `)` is a function declarator without a name (`ctypedef cython.fused_type(int, float) t`,
      // pure mode's spelling in a ctypedef): Cython's error is at what follows it.
      if (in.peek(1).kind() == TokenKind.NAME || in.peek(1).kind() == TokenKind.RPAREN) {
        in.skipBalanced();
        if (!in.check(TokenKind.NEWLINE) && !in.check(TokenKind.EOF)) in.expectNewline("Syntax error in ctypedef statement");
      }
      throw in.unsupported(kw, "function types");
    }
    TypeRefParser.Named declared = typeRefs.declarator(type); // `ctypedef int (*cmp_t)(int, int)` names the pointer type
    type = declared.type();
    Token name = declared.name();
    String cname = in.check(TokenKind.STRING) ? in.advance().value() : null;
    if (in.check(TokenKind.LBRACKET)) type = typeRefs.arrayDims(type);
    // `ctypedef int func_t(int)`: a C function type, used through pointers to it (`func_t *`)
    if (in.check(TokenKind.LPAREN)) type = signatures.functionType(type, kw.pos());
    in.match(TokenKind.SEMI);
    in.expectNewline("Syntax error in ctypedef statement");
    return new Stmt.TypeDef(type, name.text(), cname, linkage, kw.pos());
  }

  // fused_def: 'fused' NAME ':' NEWLINE INDENT (type NEWLINE | 'pass' NEWLINE)+ DEDENT
  Stmt.FusedTypeDef fusedDef(Pos start) {
    in.advance();
    Token name = in.expectName();
    if (!in.match(TokenKind.COLON)) throw in.error(in.peek().pos(), "Expected ':', found '" + TokenCursor.found(in.peek()) + "'");
    // One member per line: `cdef fused t: int a; char b` is Cython's error at its first member.
    if (!in.check(TokenKind.NEWLINE)) throw in.error(in.peek().pos(), "Expected a newline");
    in.expectNewline();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    List<TypeRef> members = new ArrayList<>();
    while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
      if (in.match(TokenKind.NEWLINE)) continue;
      if (in.match(TokenKind.PASS)) {
        in.expectNewline();
        continue;
      }
      if (!in.check(TokenKind.NAME)) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
      // A base type only (a pointer is named by a typedef), as in Cython.
      TypeRef member = typeRefs.typeRef();
      if (!in.check(TokenKind.NEWLINE) && !in.check(TokenKind.EOF)) throw in.error(in.peek().pos(), "Expected a newline");
      members.add(member);
      in.expectNewline();
    }
    in.match(TokenKind.DEDENT);
    return new Stmt.FusedTypeDef(name.text(), List.copyOf(members), start);
  }

  // struct_def: ['packed'] ('struct'|'union') NAME [':' (NEWLINE INDENT field_line+ DEDENT)]
  // field_line: 'pass' | type field_declarator (',' field_declarator)* NEWLINE
  Stmt.StructDef structDef(Pos start, boolean typedef) {
    return structDef(start, typedef, Stmt.Linkage.PRIVATE);
  }

  Stmt.StructDef structDef(Pos start, boolean typedef, Stmt.Linkage linkage) {
    boolean packed = false;
    if (in.checkName("packed")) {
      in.advance();
      packed = true;
      if (!in.checkName("struct")) throw in.error(in.peek().pos(), "Expected 'struct', found '" + TokenCursor.found(in.peek()) + "'");
    }
    boolean union = in.advance().text().equals("union");
    Token name = in.expectName();
    String cname = in.check(TokenKind.STRING) ? in.advance().value() : null;
    if (!in.match(TokenKind.COLON)) {
      // A declaration without fields: a type only a header defines, used through pointers.
      in.expectNewline();
      return new Stmt.StructDef(name.text(), cname, union, packed, null, java.util.Map.of(), typedef, linkage, start);
    }
    if (in.match(TokenKind.PASS)) {
      // `cdef struct S: pass` on one line: no fields.
      in.expectNewline();
      return new Stmt.StructDef(name.text(), cname, union, packed, List.of(), java.util.Map.of(), typedef, linkage, start);
    }
    in.expectNewline();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    List<Stmt.CDef> fields = new ArrayList<>();
    java.util.Map<String, String> fieldCNames = new java.util.LinkedHashMap<>();
    while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
      if (in.match(TokenKind.NEWLINE)) continue;
      if (in.match(TokenKind.PASS)) {
        in.expectNewline();
        continue;
      }
      if (in.check(TokenKind.STRING)) {
        in.advance();
        in.expectNewline();
        continue;
      }
      Token fieldStart = in.peek();
      if (in.check(TokenKind.CDEF)) in.advance();
      if (in.checkName("struct") || in.checkName("union") || in.checkName("enum")) {
        throw in.unsupported(in.peek(), "a struct, union or enum defined inside a struct");
      }
      if (!in.check(TokenKind.NAME)) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
      if (in.peek(1).kind() == TokenKind.NEWLINE) {
        // A name alone declares an object member, as in a cdef class (Cython's error follows).
        Token field = in.advance();
        in.expectNewline();
        TypeRef object = new TypeRef.Named("object", field.pos());
        fields.add(new Stmt.CDef(object, List.of(new Stmt.Declarator(field.text(), null, field.pos())), fieldStart.pos()));
        continue;
      }
      TypeRef type = typeRefs.typeRef();
      List<Stmt.Declarator> decls = new ArrayList<>();
      do {
        TypeRef own = typeRefs.pointers(type);
        TypeRefParser.Named declared = typeRefs.declarator(own);
        own = declared.type();
        Token field = declared.name();
        if (in.check(TokenKind.STRING)) fieldCNames.put(field.text(), in.advance().value());
        if (in.check(TokenKind.LPAREN)) throw in.unsupported(fieldStart, "function fields");
        if (in.check(TokenKind.LBRACKET)) own = typeRefs.arrayDims(own);
        if (in.check(TokenKind.EQ)) {
          // Reported at the field, as Cython does, and the value skipped: the file is checked on.
          in.recoverable(field.pos(), "Cannot assign default value to fields in cdef classes, structs or unions");
          in.advance();
          expr.test();
        }
        decls.add(new Stmt.Declarator(field.text(), null, field.pos(), own == type ? null : own));
      } while (in.match(TokenKind.COMMA));
      in.match(TokenKind.SEMI); // `PyObject *giga;` as in C: Cython reads the semicolon as the line's end
      in.expectNewline();
      fields.add(new Stmt.CDef(type, List.copyOf(decls), fieldStart.pos()));
    }
    in.match(TokenKind.DEDENT);
    return new Stmt.StructDef(name.text(), cname, union, packed, List.copyOf(fields), java.util.Map.copyOf(fieldCNames), typedef, linkage, start);
  }

  // enum_def: 'enum' [NAME] ':' (enum_items NEWLINE | NEWLINE INDENT (enum_items NEWLINE | 'pass' NEWLINE)+ DEDENT)
  // enum_items: NAME [STRING] ['=' test] (',' NAME [STRING] ['=' test])* [',']
  Stmt.EnumDef enumDef(Pos start, boolean typedef, boolean cpdef) {
    return enumDef(start, typedef, cpdef, Stmt.Linkage.PRIVATE);
  }

  Stmt.EnumDef enumDef(Pos start, boolean typedef, boolean cpdef, Stmt.Linkage linkage) {
    in.advance();
    if (in.check(TokenKind.CLASS) || in.checkName("class") || in.checkName("struct")) {
      throw in.error(in.peek().pos(), "Expected ':', found '" + TokenCursor.found(in.peek()) + "'");
    }
    String name = in.check(TokenKind.NAME) ? in.advance().text() : null;
    List<Stmt.EnumMember> members = new ArrayList<>();
    if (!in.match(TokenKind.COLON)) {
      // (a forward declaration ends here; `cdef enum E(int):`, a typed enum, is C++ only)
      if (name == null || !in.check(TokenKind.NEWLINE) && !in.check(TokenKind.EOF)) in.expect(TokenKind.COLON);
      in.expectNewline();
      return new Stmt.EnumDef(name, List.of(), cpdef, typedef, linkage, null, start);
    }
    if (in.match(TokenKind.PASS)) {
      in.expectNewline(); // `cdef enum E: pass` on one line: no members
      return new Stmt.EnumDef(name, List.of(), cpdef, typedef, linkage, null, start);
    }
    if (!in.check(TokenKind.NEWLINE)) {
      enumItems(members);
      return new Stmt.EnumDef(name, List.copyOf(members), cpdef, typedef, linkage, null, start);
    }
    in.advance();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    String doc = null;
    while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
      if (in.match(TokenKind.NEWLINE)) continue;
      if (in.check(TokenKind.PASS) || in.check(TokenKind.STRING)) {
        // `pass`, or a string: the first, before any member, is the docstring (a cpdef enum's class's __doc__).
        Token t = in.advance();
        if (t.kind() == TokenKind.STRING && doc == null && members.isEmpty()) doc = t.value();
        in.expectNewline();
        continue;
      }
      enumItems(members);
    }
    in.match(TokenKind.DEDENT);
    return new Stmt.EnumDef(name, List.copyOf(members), cpdef, typedef, linkage, doc, start);
  }

  private void enumItems(List<Stmt.EnumMember> out) {
    do {
      if (in.check(TokenKind.NEWLINE)) break;
      Token name = in.expectName();
      String cname = in.check(TokenKind.STRING) ? in.advance().value() : name.text();
      Expr value = in.match(TokenKind.EQ) ? expr.test() : null;
      out.add(new Stmt.EnumMember(name.text(), cname, value, name.pos()));
    } while (in.match(TokenKind.COMMA));
    in.expectNewline();
  }
}
