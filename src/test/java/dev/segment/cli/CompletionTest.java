package dev.segment.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shipped completion script, driven in bash as bash drives it (COMP_WORDS and COMP_CWORD set,
 * the completion function called, COMPREPLY read), for every option the command has today: a new
 * option, value or file option is covered as soon as it is declared, and a script that drifts from
 * the command line fails here.
 */
class CompletionTest {
  @TempDir Path tmp;
  private Path script;

  @BeforeEach
  void writeScriptAndFiles() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to drive the script");
    script = Files.writeString(tmp.resolve("segment-completion.bash"), Docs.completion(), UTF_8);
    Path work = Files.createDirectory(tmp.resolve("work"));
    Files.writeString(work.resolve("customers.csv"), "id,mrr\n");
    Files.writeString(work.resolve("customers.xlsx"), "");
    Files.createDirectory(work.resolve("crm-out"));
  }

  /** What bash offers for the last word of {@code words}, sorted. */
  private List<String> complete(String... words) throws IOException, InterruptedException {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w.replace("'", "'\\''")).append('\'');
    }
    String program =
        "source '"
            + script
            + "' 2>/dev/null\n"
            + "COMP_WORDS=("
            + array
            + ")\nCOMP_CWORD="
            + (words.length - 1)
            + "\nCOMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
            + "_complete_segment 2>/dev/null\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\" | LC_ALL=C sort\n";
    Process bash =
        new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", program)
            .directory(tmp.resolve("work").toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
    String out = new String(bash.getInputStream().readAllBytes(), UTF_8);
    List<String> offered = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        offered.add(line.strip());
      }
    }
    return offered;
  }

  @Test
  void eachEnumeratedOptionOffersItsOwnValuesInLowerCase() throws Exception {
    int checked = 0;
    for (OptionSpec option : Docs.commandLine().getCommandSpec().options()) {
      if (option.hidden() || option.completionCandidates() == null) {
        continue;
      }
      List<String> expected = new ArrayList<>();
      for (String value : option.completionCandidates()) {
        expected.add(value.toLowerCase(Locale.ROOT));
      }
      expected.sort(null);
      for (String name : option.names()) {
        assertThat(complete("segment", name, ""))
            .as("values offered for %s", name)
            .isEqualTo(expected);
      }
      checked++;
    }
    assertThat(checked).as("enumerated options").isGreaterThanOrEqualTo(4);
    assertThat(complete("segment", "--format", "")).containsExactly("csv", "json", "table");
    assertThat(complete("segment", "--chart-format", "")).containsExactly("png", "svg");
    assertThat(complete("segment", "--by", "re")).containsExactly("revenue");
    assertThat(complete("segment", "--source", "strip"))
        .containsExactly("stripe-api", "stripe-invoice-lines", "stripe-subscriptions");
  }

  @Test
  void fileAndPathOptionsAndFileCompleteFileNames() throws Exception {
    List<String> fileOptions = new ArrayList<>(List.of("--rates"));
    for (OptionSpec option : Docs.commandLine().getCommandSpec().options()) {
      if (!option.hidden()
          && option.type() == Path.class
          && !option.longestName().equals("--out")) {
        fileOptions.add(option.longestName());
      }
    }
    assertThat(fileOptions)
        .contains("--config", "--pin", "--previous", "--previous-if-exists", "--rates");
    for (String option : fileOptions) {
      assertThat(complete("segment", "customers.csv", option, "cust"))
          .as("files offered for %s", option)
          .containsExactly("customers.csv", "customers.xlsx");
    }
    assertThat(complete("segment", "cust")).containsExactly("customers.csv", "customers.xlsx");
    assertThat(complete("segment", "--quiet", "c"))
        .containsExactly("crm-out", "customers.csv", "customers.xlsx");
  }

  @Test
  void outCompletesFolderNamesOnly() throws Exception {
    assertThat(complete("segment", "customers.csv", "--out", "c")).containsExactly("crm-out");
  }

  @Test
  void optionNamesComplete() throws Exception {
    assertThat(complete("segment", "--prev")).containsExactly("--previous", "--previous-if-exists");
    assertThat(complete("segment", "--she")).containsExactly("--sheet");
  }
}
