package dev.pyxc.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The argument parser the commands share: the forms users type, and the usage errors. */
class CommandLineTest {
  private static final CommandLine.Spec SPEC = new CommandLine.Spec("t", List.of("A test command."),
      List.of(CommandLine.Option.value("OUT", "output", "-o", "--output"), CommandLine.Option.value("X", "directive", "-X"),
          CommandLine.Option.flag("annotate", "-a"), CommandLine.Option.flag("extra warnings", "-Wextra"),
          CommandLine.Option.value("N", "jobs", "-j", "--jobs")),
      List.of(new CommandLine.Operand("FILE", 1, 1, "the file"), new CommandLine.Operand("FUNC", 0, 1, "a function")));

  private static CommandLine.Parsed parse(String... args) throws CommandLine.UsageError {
    return CommandLine.parse(SPEC, List.of(args));
  }

  @Test
  void valuesSeparateAttachedAndAfterEquals() throws Exception {
    assertThat(parse("-o", "a.c", "m.pyx").value("-o", null)).isEqualTo("a.c");
    assertThat(parse("-oa.c", "m.pyx").value("-o", null)).isEqualTo("a.c");
    assertThat(parse("--output=a.c", "m.pyx").value("-o", null)).isEqualTo("a.c");
    assertThat(parse("--output", "a.c", "m.pyx").value("-o", null)).isEqualTo("a.c");
  }

  @Test
  void repeatedOptionsCollectAndFlagsAreExactNames() throws Exception {
    CommandLine.Parsed p = parse("-X", "a=1", "-Xb=2", "-Wextra", "m.pyx", "f");
    assertThat(p.all("-X")).containsExactly("a=1", "b=2").inOrder();
    assertThat(p.flag("-Wextra")).isTrue();
    assertThat(p.flag("-a")).isFalse();
    assertThat(p.operands()).containsExactly("m.pyx", "f").inOrder();
  }

  @Test
  void doubleDashEndsOptions() throws Exception {
    assertThat(parse("--", "-a").operands()).containsExactly("-a");
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    assertThat(assertThrows(CommandLine.UsageError.class, () -> parse()).getMessage())
        .isEqualTo("Missing required parameter: 'FILE'");
    assertThat(assertThrows(CommandLine.UsageError.class, () -> parse("-q", "m.pyx")).getMessage())
        .isEqualTo("Unknown option: '-q'");
    assertThat(assertThrows(CommandLine.UsageError.class, () -> parse("-aq", "m.pyx")).getMessage())
        .isEqualTo("Unknown option: '-aq'");
    assertThat(assertThrows(CommandLine.UsageError.class, () -> parse("m.pyx", "-o")).getMessage())
        .isEqualTo("Missing required parameter for option '-o' (OUT)");
    assertThat(assertThrows(CommandLine.UsageError.class, () -> parse("m.pyx", "f", "g")).getMessage())
        .isEqualTo("Unmatched argument at index 2: 'g'");
    CommandLine.UsageError notInt = assertThrows(CommandLine.UsageError.class,
        () -> CommandLine.intValue(SPEC, parse("-j", "x", "m.pyx"), "-j", 1));
    assertThat(notInt.getMessage()).isEqualTo("Invalid value for option '-j': 'x' is not an int");
  }

  @Test
  void helpAndVersionNeedNoOperands() throws Exception {
    assertThat(parse("--help").help()).isTrue();
    assertThat(parse("-V").version()).isTrue();
    assertThat(CommandLine.usage(SPEC)).startsWith("Usage: pyxc t [-hV] [-o OUT] [-X X] [-a] [-Wextra] [-j N] FILE [FUNC]\n");
  }
}
