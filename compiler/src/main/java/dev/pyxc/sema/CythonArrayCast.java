package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import java.util.List;

/**
 * What a cast {@code <T[:n, :m]> p} makes: a cython.view.array over the memory of a pointer or C
 * array, of {@code dtype} items, Fortran-ordered when its first axis is written {@code ::1}
 * (C-ordered otherwise), each axis as long as its written {@code lengths} entry or, where that
 * is null, as the C array's dimension in {@code sizes}.
 */
public record CythonArrayCast(CType dtype, boolean fortran, List<Expr> lengths, List<Integer> sizes) {
  public int ndim() {
    return lengths.size();
  }
}
