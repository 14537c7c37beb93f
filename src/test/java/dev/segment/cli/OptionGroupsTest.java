package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options declared in groups parse as options declared on the command: given twice is still an
 * error, a --config file still sets them (also when a known export's options are parsed again
 * before them), and a run with two bad options names the one it always named first.
 */
class OptionGroupsTest {
  @TempDir Path tmp;

  @Test
  void anOptionOfAGroupGivenTwiceIsAUsageError() {
    // picocli's @ArgGroup(validate = false) would take the second silently: the groups are mixins.
    CliRun.run("customers.csv", "--id-column", "a", "--mrr-column", "m", "--id-column", "b")
        .exitedWith(ExitCodes.USAGE)
        .errContains("--id-column", "only once");
  }

  @Test
  void aConfigFileSetsAGroupsOptionsWhenASourcesOptionsAreParsedAgain()
      throws IOException, URISyntaxException {
    String csv = Path.of(getClass().getResource("/sources/stripe-api.csv").toURI()).toString();
    Path config = Files.writeString(tmp.resolve("segment.properties"), "where=status=active\n");
    CliRun r =
        CliRun.run(
                csv,
                "--source",
                "stripe-api",
                "--config",
                config.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--no-chart",
                "--format",
                "json")
            .succeeded();
    // The config's --where replaces the source's: the past_due subscription is left out.
    assertThat(r.out).containsPattern("\"mrr\":\\s*229.50");
    assertThat(r.err).contains("leaves out past_due");
  }

  @Test
  void ofTwoBadOptionsTheOneCheckedFirstIsNamed() {
    // The folder before the read options, the read options before the cuts.
    CliRun.run("customers.csv", "--out", "", "--id-column", "0")
        .exitedWith(ExitCodes.USAGE)
        .errContains("--out needs a folder name");
    CliRun.run("customers.csv", "--mrr-column", "a", "--arr-column", "b", "--cuts", "50,10")
        .exitedWith(ExitCodes.USAGE)
        .errContains("--arr-column and --mrr-column cannot be used together");
    // --date-format is read for --where first, else with the other dated options after the
    // billing columns.
    CliRun.run("customers.csv", "--date-format", "YMD", "--interval-column", "0")
        .exitedWith(ExitCodes.USAGE)
        .errContains("--interval-column takes a 1-based column index");
    CliRun.run("customers.csv", "--date-format", "YMD", "--interval-column", "0", "--where", "a=b")
        .exitedWith(ExitCodes.USAGE)
        .errContains("--date-format");
    // The currencies before the dated options.
    CliRun.run("customers.csv", "--rates", "EUR=1.1", "--trailing", "99")
        .exitedWith(ExitCodes.USAGE)
        .errContains("--rates needs --base-currency");
  }
}
