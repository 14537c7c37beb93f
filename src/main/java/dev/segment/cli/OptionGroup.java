package dev.segment.cli;

/**
 * One headed section of segment's options: a picocli mixin declaring the section's options, in the
 * order {@code --help} and the man page list them under {@link #heading}. The mixins are the one
 * home of which option is in which section ({@link OptionSections} reads them from the spec).
 */
interface OptionGroup {
  /** The section's heading in {@code --help} and the man page. */
  String heading();
}
