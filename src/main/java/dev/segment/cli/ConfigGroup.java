package dev.segment.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config}, declared for --help, the man page and completion: {@link ConfigFile} reads it
 * from the arguments before picocli parses them.
 */
final class ConfigGroup implements OptionGroup {
  @Override
  public String heading() {
    return "Configuration";
  }

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A properties file of option defaults, keys being long option names without"
              + " dashes (by=revenue, cuts=45,75, out=/srv/crm/tiers); flags given here win.")
  Path config;
}
