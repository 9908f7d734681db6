package dev.pyxc.explain;

import dev.pyxc.driver.Compiler.FunctionDump;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.IrPrinter;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Terminator;
import dev.pyxc.refcount.RefcountPass;
import dev.pyxc.sema.CType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pyxc explain}: a function's ownership IR before the refcount pass on the left and after
 * it on the right, row against row, with the source line each group of ops came from. An op the
 * pass inserted has an empty left side, a {@code +} and the rule that inserted it, so a reader
 * can follow every reference from where it is taken to where it is given up.
 */
public final class SideBySide {
  private SideBySide() {}

  private record Row(String left, String right, String note) {
    static Row heading(String text) {
      return new Row(null, text, null);
    }
  }

  public static String render(FunctionDump d, List<String> sourceLines) {
    FuncIr fn = d.fn();
    List<Row> rows = new ArrayList<>();
    int shownLine = -1;
    int incs = 0;
    int decs = 0;
    for (BasicBlock b : fn.blocks) {
      boolean original = d.terminatorsBefore().containsKey(b);
      rows.add(new Row(original ? b + ":" : "", b + ":" + (original ? "" : "  (new: releases on one edge)"), null));
      for (Op op : b.ops) {
        int line = fn.lineOf(op);
        if (line != shownLine) {
          rows.add(Row.heading(source(line, sourceLines)));
          shownLine = line;
        }
        RefcountPass.Reason why = d.reasons().get(op);
        String text = IrPrinter.op(op);
        if (why == null) {
          rows.add(new Row("  " + text, "  " + text, null));
        } else {
          if (op instanceof Op.IncRef) incs++;
          else decs++;
          rows.add(new Row("", "+ " + text, rule(why)));
        }
      }
      int end = fn.lineOfEnd(b);
      if (end != shownLine && !(b.terminator instanceof Terminator.ReturnError)) {
        rows.add(Row.heading(source(end, sourceLines)));
        shownLine = end;
      }
      Terminator before = d.terminatorsBefore().get(b);
      rows.add(new Row(before == null ? "" : "  " + IrPrinter.terminator(before), "  " + IrPrinter.terminator(b.terminator),
          before != null && !before.equals(b.terminator) ? "retargeted through a new block that releases on that edge" : null));
    }
    int width = "before the refcount pass".length();
    for (Row r : rows) if (r.left() != null) width = Math.max(width, r.left().length());
    StringBuilder sb = new StringBuilder();
    sb.append(fn.qualifiedName).append(" (line ").append(fn.line).append(")\n");
    if (fn.registers.stream().anyMatch(r -> r.type() instanceof CType.MemView)) {
      sb.append("(a memoryview's reference is an acquisition of its buffer: inc_ref acquires, dec_ref releases)\n");
    }
    sb.append(pad("before the refcount pass", width)).append(" | after the refcount pass\n");
    sb.append("-".repeat(width)).append("-+-").append("-".repeat(24)).append('\n');
    for (Row r : rows) {
      if (r.left() == null) {
        sb.append(r.right()).append('\n');
        continue;
      }
      String line = pad(r.left(), width) + " | " + r.right();
      if (r.note() != null) line += "    <- " + r.note();
      sb.append(line.stripTrailing()).append('\n');
    }
    sb.append("inserted: ").append(incs).append(" inc_ref, ").append(decs).append(" dec_ref")
        .append("; the verifier checked that every path gives up each reference exactly once\n");
    return sb.toString();
  }

  private static String rule(RefcountPass.Reason why) {
    return why.rule().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + why.text();
  }

  private static String source(int line, List<String> sourceLines) {
    String text = line >= 1 && line <= sourceLines.size() ? sourceLines.get(line - 1).strip() : "";
    return "# line " + line + ": " + text;
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
