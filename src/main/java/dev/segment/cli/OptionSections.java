package dev.segment.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The headed sections {@code --help} and the man page list the options in. The options stay
 * declared flat in {@link SegmentCommand} (its fields are read by name all through the command, and
 * {@code @ArgGroup} objects would move every one of them); this list is their one place in the
 * usage texts, and OptionSectionsTest fails on an option placed in no section or in two.
 */
final class OptionSections {
  /** A heading and its options' longest names, in the order they are listed under it. */
  record Section(String heading, List<String> options) {
    Section {
      options = List.copyOf(options);
    }
  }

  /** Options in no section: picocli's own {@code --help} and {@code --version}, listed last. */
  static final String OTHER_HEADING = "Help";

  static final List<Section> SECTIONS =
      List.of(
          new Section(
              "Reading the input",
              List.of(
                  "--source",
                  "--sheet",
                  "--id-column",
                  "--mrr-column",
                  "--arr-column",
                  "--name-column",
                  "--delimiter",
                  "--encoding",
                  "--decimal-comma",
                  "--strict")),
          new Section(
              "Billing exports",
              List.of(
                  "--where",
                  "--interval-column",
                  "--interval-count-column",
                  "--quantity-column",
                  "--minor-units",
                  "--parent-column")),
          new Section(
              "MRR on a date (ledgers, periods, history tables)",
              List.of(
                  "--as-of",
                  "--date-format",
                  "--period-columns",
                  "--period-end",
                  "--valid-columns",
                  "--trailing",
                  "--date-column",
                  "--latest")),
          new Section(
              "Currencies",
              List.of("--rates", "--base-currency", "--rate-column", "--rate-column-inverse")),
          new Section(
              "Tiers",
              List.of("--by", "--cuts", "--names", "--exclude-zero", "--pin", "--group-by")),
          new Section(
              "Decisions (CSM book, sweep, changes since last run)",
              List.of(
                  "--book",
                  "--accounts-per-csm",
                  "--csms",
                  "--sweep",
                  "--previous",
                  "--previous-if-exists",
                  "--grace")),
          new Section(
              "Output",
              List.of(
                  "--out",
                  "--format",
                  "--quiet",
                  "--verbose",
                  "--no-html",
                  "--bom",
                  "--xlsx",
                  "--keep-columns")),
          new Section(
              "Chart",
              List.of("--no-chart", "--chart-format", "--chart-size", "--title", "--bar-scale")),
          new Section("Configuration", List.of("--config")));

  private OptionSections() {}

  /**
   * The spec's visible options under each heading, in {@link #SECTIONS} order, then the options in
   * no section under {@link #OTHER_HEADING}; empty headings are left out.
   */
  static Map<String, List<OptionSpec>> of(CommandSpec spec) {
    Map<String, List<OptionSpec>> sections = new LinkedHashMap<>();
    List<OptionSpec> other = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden() && sectionOf(option.longestName()) == null) {
        other.add(option);
      }
    }
    for (Section section : SECTIONS) {
      List<OptionSpec> options = new ArrayList<>();
      for (String name : section.options()) {
        OptionSpec option = spec.findOption(name);
        if (option != null && !option.hidden()) {
          options.add(option);
        }
      }
      if (!options.isEmpty()) {
        sections.put(section.heading(), options);
      }
    }
    if (!other.isEmpty()) {
      sections.put(OTHER_HEADING, other);
    }
    return sections;
  }

  /** The heading an option is listed under, or null when it is in no section. */
  static String sectionOf(String longestName) {
    for (Section section : SECTIONS) {
      if (section.options().contains(longestName)) {
        return section.heading();
      }
    }
    return null;
  }

  /**
   * {@code --help}'s option list as headed sections, laid out as picocli lays out its one list (the
   * same columns, widths and labels), so only the headings are new.
   */
  static final IHelpSectionRenderer OPTION_LIST =
      help -> {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<OptionSpec>> section : of(help.commandSpec()).entrySet()) {
          Help.Layout layout = help.createDefaultLayout();
          layout.addAllOptions(section.getValue(), help.parameterLabelRenderer());
          out.append(help.createHeading("%n" + section.getKey() + ":%n"));
          out.append(layout);
        }
        return out.toString();
      };
}
