package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} and the man page list every option once, under its section's heading. */
class OptionSectionsTest {
  private static final CommandSpec SPEC = Docs.commandLine().getCommandSpec();

  @Test
  void everyOptionButHelpAndVersionIsInExactlyOneSection() {
    List<String> listed = new ArrayList<>();
    for (OptionSections.Section section : OptionSections.SECTIONS) {
      listed.addAll(section.options());
    }
    assertThat(listed).as("no option in two sections").doesNotHaveDuplicates();
    for (String name : listed) {
      assertThat(SPEC.findOption(name)).as("%s is an option", name).isNotNull();
      assertThat(SPEC.findOption(name).longestName())
          .as("%s is its longest name", name)
          .isEqualTo(name);
    }
    List<String> unplaced = new ArrayList<>();
    for (OptionSpec option : SPEC.options()) {
      if (!option.hidden() && OptionSections.sectionOf(option.longestName()) == null) {
        unplaced.add(option.longestName());
      }
    }
    assertThat(unplaced).as("options in no section").containsExactly("--help", "--version");
  }

  @Test
  void helpShowsTheSectionsInOrderEachWithItsOptions() {
    String help = Docs.commandLine().getUsageMessage();
    assertThat(help).doesNotContain("\nOptions:\n");
    int at = help.indexOf("\nInput:\n");
    assertThat(at).isPositive();
    List<String> headings = new ArrayList<>();
    OptionSections.SECTIONS.forEach(section -> headings.add(section.heading()));
    headings.add(OptionSections.OTHER_HEADING);
    for (int i = 0; i < OptionSections.SECTIONS.size(); i++) {
      OptionSections.Section section = OptionSections.SECTIONS.get(i);
      int heading = help.indexOf("\n" + section.heading() + ":\n", at);
      assertThat(heading)
          .as("heading %s after the one before", section.heading())
          .isGreaterThan(at);
      int next = help.indexOf("\n" + headings.get(i + 1) + ":\n", heading);
      for (String name : section.options()) {
        int option = help.indexOf(" " + name, heading);
        assertThat(option).as("%s under %s", name, section.heading()).isBetween(heading, next);
      }
      at = heading;
    }
    assertThat(help.indexOf("\nHelp:\n", at)).isGreaterThan(at);
    assertThat(help.indexOf("--version", help.indexOf("\nHelp:\n"))).isPositive();
  }

  @Test
  void theManPageHasASubsectionPerSectionWithItsOptions() {
    String man = Docs.manPage("9.9.9");
    int at = man.indexOf(".SH OPTIONS\n");
    for (OptionSections.Section section : OptionSections.SECTIONS) {
      int heading = man.indexOf(".SS " + Docs.escape(section.heading()) + "\n", at);
      assertThat(heading).as("subsection %s", section.heading()).isGreaterThan(at);
      int next = man.indexOf(".S", heading + 4);
      for (String name : section.options()) {
        int option = man.indexOf(".TP\n\\fB" + Docs.escape(name) + "\\fR", heading);
        if (option < 0) {
          option = man.indexOf("\\fB" + Docs.escape(name) + "\\fR", heading);
        }
        assertThat(option).as("%s under %s", name, section.heading()).isBetween(heading, next);
      }
      at = heading;
    }
  }
}
