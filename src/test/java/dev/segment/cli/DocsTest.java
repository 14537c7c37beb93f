package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man page and the completion script say what {@code --help} says: every option, with the same
 * words, and every exit code. DistributionIT checks that the archives ship exactly these texts.
 */
class DocsTest {
  private static final CommandSpec SPEC = Docs.commandLine().getCommandSpec();

  @Test
  void theManPageNamesEveryOptionWithItsHelpTextAndEveryExitCode() {
    String man = Docs.manPage("9.9.9");
    assertThat(man).startsWith(".\\\"").contains(".TH SEGMENT 1 \"\" \"segment 9.9.9\"");
    for (OptionSpec option : SPEC.options()) {
      for (String name : option.names()) {
        assertThat(man).as("man page names %s", name).contains("\\fB" + Docs.escape(name) + "\\fR");
      }
      assertThat(man)
          .as("man page describes %s as --help does", option.longestName())
          .contains(
              Docs.escape(Docs.description(option.description(), option.defaultValueString())));
    }
    for (Map.Entry<String, String> code : SPEC.usageMessage().exitCodeList().entrySet()) {
      assertThat(man).contains(".TP\n\\fB" + code.getKey().strip() + "\\fR\n");
    }
  }

  @Test
  void helpShowsTheSameDescriptionsTheManPageIsMadeFrom() {
    String help = squeeze(Docs.commandLine().getUsageMessage());
    for (OptionSpec option : SPEC.options()) {
      assertThat(help)
          .as("--help describes %s", option.longestName())
          .contains(squeeze(Docs.description(option.description(), option.defaultValueString())));
    }
  }

  @Test
  void theCompletionScriptOffersEveryOption() {
    String completion = Docs.completion();
    assertThat(completion).contains("complete -F _complete_segment");
    for (OptionSpec option : SPEC.options()) {
      for (String name : option.names()) {
        assertThat(completion)
            .as("completion offers %s", name)
            .containsPattern("[' ]" + name + "[' ]");
      }
    }
  }

  @Test
  void theCompletionOffersValuesAsHelpWritesThem() {
    assertThat(Docs.completion())
        .contains("(\"customers\" \"revenue\" \"mrr\" \"auto\") # --by values")
        .contains("(\"table\" \"json\" \"csv\") # --format values");
  }

  @Test
  void roffControlCharactersAreEscaped() {
    assertThat(Docs.escape(".starts a request\n'so does this\na\\b --out"))
        .isEqualTo("\\&.starts a request\n\\&'so does this\na\\eb \\-\\-out");
  }

  /** Without white space: --help wraps its columns at spaces and after commas. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
