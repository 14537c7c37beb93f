package dev.segment.cli;

import dev.segment.io.OptionFileException;
import dev.segment.io.OptionFileText;
import dev.segment.model.DataException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --config FILE}: a properties file whose keys are long option names without dashes ({@code
 * by=revenue}, {@code cuts=45,75}). Its values become the options' defaults, so a flag on the
 * command line wins. The file is found among the arguments before picocli parses them, since
 * defaults are applied first.
 */
final class ConfigFile {
  /** Far more than any config needs: a larger file (or {@code /dev/zero}) is the wrong file. */
  static final long MAX_BYTES = 1L << 20;

  /** Options a config file cannot set: they are about the config or stop the run. */
  private static final List<String> NOT_SETTABLE = List.of("config", "help", "version");

  private ConfigFile() {}

  /** The value of {@code --config} among the arguments, if any. */
  static Optional<String> find(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--config") && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
      if (a.startsWith("--config=")) {
        return Optional.of(a.substring("--config=".length()));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the file and installs its values as defaults. A missing or unreadable file is an
   * IOException (exit 1); a file over {@link #MAX_BYTES}, binary or not UTF-8 is {@link Unreadable}
   * and an unknown key a ParameterException (exit 2).
   */
  static void install(CommandLine cli, String file) throws IOException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw OptionFileException.folder("--config", path, "a config file");
    }
    if (Files.notExists(path)) {
      throw new Errors.MissingOptionFile("--config", path, "check the path given to --config");
    }
    String text;
    try {
      text = OptionFileText.read(path, "--config", MAX_BYTES);
    } catch (DataException e) {
      throw new Unreadable(e.getMessage());
    }
    Properties values = new Properties();
    values.load(new StringReader(text));
    TreeSet<String> keys = new TreeSet<>(values.stringPropertyNames());
    for (String key : keys) {
      OptionSpec option = cli.getCommandSpec().findOption("--" + key);
      if (option == null
          || !option.longestName().equals("--" + key)
          || NOT_SETTABLE.contains(key)) {
        throw new ParameterException(
            cli,
            "--config "
                + file
                + ": unknown key '"
                + key
                + "'; keys are long option names"
                + " without dashes, such as by=revenue or cuts=45,75");
      }
    }
    cli.setDefaultValueProvider(
        arg -> {
          if (arg instanceof OptionSpec option) {
            String value = values.getProperty(option.longestName().substring(2));
            // A properties file keeps trailing blanks, which no editor shows: "by=mrr " must read
            // as mrr, as "cuts=5000,1700 " already did.
            return value == null ? null : value.strip();
          }
          return null;
        });
  }

  /** A config file that is not a small UTF-8 text file: a usage error (exit 2). */
  static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(String sentence) {
      super(sentence);
    }
  }
}
