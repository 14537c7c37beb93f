package dev.segment.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The headed sections {@code --help} and the man page list the options in: one a mixin that is an
 * {@link OptionGroup}, in the order the command declares them, its options in their declared order.
 * OptionSectionsTest fails on a visible option in no group but picocli's own.
 */
final class OptionSections {
  /** Options in no section: picocli's own {@code --help} and {@code --version}, listed last. */
  static final String OTHER_HEADING = "Help";

  private OptionSections() {}

  /**
   * The spec's visible options under each group's heading, in declaration order, then the options
   * in no group under {@link #OTHER_HEADING}; empty headings are left out.
   */
  static Map<String, List<OptionSpec>> of(CommandSpec spec) {
    Map<String, List<OptionSpec>> sections = new LinkedHashMap<>();
    Set<String> placed = new HashSet<>();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof OptionGroup group) {
        List<OptionSpec> options = new ArrayList<>();
        for (OptionSpec option : mixin.options()) {
          placed.add(option.longestName());
          if (!option.hidden()) {
            options.add(spec.findOption(option.longestName()));
          }
        }
        if (!options.isEmpty()) {
          sections.put(group.heading(), options);
        }
      }
    }
    List<OptionSpec> other = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden() && !placed.contains(option.longestName())) {
        other.add(option);
      }
    }
    if (!other.isEmpty()) {
      sections.put(OTHER_HEADING, other);
    }
    return sections;
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
