package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --help} and the man page list every option once, under the heading of the option group
 * ({@link OptionGroup}) that declares it.
 */
class OptionSectionsTest {
  private static final CommandSpec SPEC = Docs.commandLine().getCommandSpec();
  private static final Map<String, List<OptionSpec>> SECTIONS = OptionSections.of(SPEC);

  @Test
  void everyOptionButHelpAndVersionIsDeclaredInAGroup() {
    assertThat(SECTIONS.get(OptionSections.OTHER_HEADING))
        .as("options in no group")
        .extracting(OptionSpec::longestName)
        .containsExactly("--help", "--version");
    List<String> listed = new ArrayList<>();
    SECTIONS.values().forEach(options -> options.forEach(o -> listed.add(o.longestName())));
    assertThat(listed).as("no option in two sections").doesNotHaveDuplicates();
    List<String> all = new ArrayList<>();
    SPEC.options().forEach(o -> all.add(o.longestName()));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void theSectionsAreTheOnesUsersKnow() {
    assertThat(SECTIONS.keySet())
        .containsExactly(
            "Reading the input",
            "Billing exports",
            "MRR on a date (ledgers, periods, history tables)",
            "Currencies",
            "Tiers",
            "Decisions (CSM book, sweep, changes since last run)",
            "Output",
            "Chart",
            "Configuration",
            OptionSections.OTHER_HEADING);
  }

  @Test
  void helpShowsTheSectionsInOrderEachWithItsOptions() {
    String help = Docs.commandLine().getUsageMessage();
    assertThat(help).doesNotContain("\nOptions:\n");
    int at = help.indexOf("\nInput:\n");
    assertThat(at).isPositive();
    List<String> headings = new ArrayList<>(SECTIONS.keySet());
    for (int i = 0; i < headings.size(); i++) {
      String section = headings.get(i);
      int heading = help.indexOf("\n" + section + ":\n", at);
      assertThat(heading).as("heading %s after the one before", section).isGreaterThan(at);
      int next =
          i + 1 < headings.size()
              ? help.indexOf("\n" + headings.get(i + 1) + ":\n", heading)
              : help.length();
      for (OptionSpec option : SECTIONS.get(section)) {
        int found = help.indexOf(" " + option.longestName(), heading);
        assertThat(found).as("%s under %s", option.longestName(), section).isBetween(heading, next);
      }
      at = heading;
    }
  }

  @Test
  void theManPageHasASubsectionPerSectionWithItsOptions() {
    String man = Docs.manPage("9.9.9");
    int at = man.indexOf(".SH OPTIONS\n");
    for (Map.Entry<String, List<OptionSpec>> section : SECTIONS.entrySet()) {
      int heading = man.indexOf(".SS " + Docs.escape(section.getKey()) + "\n", at);
      assertThat(heading).as("subsection %s", section.getKey()).isGreaterThan(at);
      int next = man.indexOf(".S", heading + 4);
      for (OptionSpec option : section.getValue()) {
        String name = option.longestName();
        int found = man.indexOf(".TP\n\\fB" + Docs.escape(name) + "\\fR", heading);
        if (found < 0) {
          found = man.indexOf("\\fB" + Docs.escape(name) + "\\fR", heading);
        }
        assertThat(found).as("%s under %s", name, section.getKey()).isBetween(heading, next);
      }
      at = heading;
    }
  }
}
