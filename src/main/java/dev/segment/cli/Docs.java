package dev.segment.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page ({@code segment.1}, roff) and the bash/zsh completion script, both made at build
 * time from the same {@link CommandSpec} as {@code --help}, so the three never drift. The roff is
 * written here rather than through picocli's AsciiDoc generator and Asciidoctor: AsciidoctorJ
 * brings a 28 MB JRuby that took 18 s to start in every build on this project's machine.
 */
public final class Docs {
  /** Where the launcher's settings are documented: they live outside the CommandSpec. */
  private static final List<String[]> ENVIRONMENT =
      List.of(
          new String[] {
            "JAVA_HOME",
            "The Java 17+ runtime to run on; else the java found on PATH. The self-contained image"
                + " uses its own runtime and needs neither."
          },
          new String[] {
            "SEGMENT_JAVA_OPTS",
            "More JVM options, e.g. -Xmx4g for a very large file. The launcher already picks the"
                + " collector and compiler by input size."
          },
          new String[] {
            "SEGMENT_CDS",
            "off: never make or use a class-data-sharing archive. By default the first run makes"
                + " one (about two seconds, once) in the install's lib folder when it is writable,"
                + " else in $XDG_CACHE_HOME/segment or ~/.cache/segment; later runs start faster."
                + " segment --make-cds makes it on demand."
          });

  private Docs() {}

  /**
   * Writes {@code segment.1} and {@code segment-completion.bash} into the folder {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    String version = args.length > 1 ? args[1] : "(development build)";
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("segment.1"), manPage(version), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("segment-completion.bash"), completion(), StandardCharsets.UTF_8);
  }

  /** The command line as {@code segment} runs it, for its spec. */
  static CommandLine commandLine() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    return Main.commandLine(new ByteArrayInputStream(new byte[0]), sink, sink);
  }

  /**
   * Options whose value may be a file though they take other text too ({@code --rates LIST|FILE}):
   * completed as file names.
   */
  private static final Set<String> FILE_VALUED = Set.of("--rates");

  /** Options that name a folder: completed as folder names only. */
  private static final Set<String> FOLDER_VALUED = Set.of("--out");

  /**
   * The completion script: picocli's, which bash sources directly and zsh through bashcompinit,
   * made from a copy of the command's spec fitted for it: FILE, every Path option and {@code
   * --rates} complete file names, {@code --out} folder names, and each enumerated option its own
   * values in lower case as {@code --help} writes them (the command line takes any case). picocli
   * names an option's list of values after its parameter label, so two options with one label
   * ({@code --format FMT}, {@code --chart-format FMT}) shared one list, the last one written: in
   * the copy each option's label is its own name.
   */
  public static String completion() {
    CommandSpec original = commandLine().getCommandSpec();
    CommandSpec spec = CommandSpec.create().name(original.name());
    for (OptionSpec option : original.options()) {
      OptionSpec.Builder copy = option.toBuilder();
      if (option.completionCandidates() != null) {
        List<String> values = new ArrayList<>();
        for (String value : option.completionCandidates()) {
          values.add(value.toLowerCase(Locale.ROOT));
        }
        copy.paramLabel(listName(option)).completionCandidates(values);
      } else if (FILE_VALUED.contains(option.longestName())
          || FOLDER_VALUED.contains(option.longestName())) {
        // A fresh option: its copy would keep the String type the script reads.
        copy =
            OptionSpec.builder(option.names())
                .type(Path.class)
                .arity(option.arity())
                .paramLabel(option.paramLabel());
      }
      spec.addOption(copy.build());
    }
    for (PositionalParamSpec parameter : original.positionalParameters()) {
      spec.addPositional(
          PositionalParamSpec.builder()
              .index(parameter.index())
              .arity(parameter.arity())
              .paramLabel(parameter.paramLabel())
              .type(Path.class)
              .build());
    }
    String script = AutoComplete.bash(original.name(), new CommandLine(spec));
    for (String option : FOLDER_VALUED) {
      String files = "    '" + option + "')\n";
      int at = script.indexOf(files);
      int end = at < 0 ? -1 : script.indexOf(";;", at);
      String block = end < 0 ? "" : script.substring(at, end);
      if (!block.contains("compgen -f ")) {
        throw new IllegalStateException(
            "picocli's completion script no longer completes files for " + option);
      }
      script =
          script.substring(0, at)
              + block.replace("compgen -f ", "compgen -d ").replace("# files", "# folders")
              + script.substring(end);
    }
    return script;
  }

  /** {@code CHART_FORMAT} for {@code --chart-format}: a name picocli's script makes a variable. */
  private static String listName(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * The man page, in roff, from the command's header, description, options (in the sections {@code
   * --help} shows, {@link OptionSections}), exit codes and examples.
   */
  public static String manPage(String version) {
    CommandSpec spec = commandLine().getCommandSpec();
    CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
    StringBuilder roff = new StringBuilder();
    roff.append(".\\\" Made by dev.segment.cli.Docs from segment's command line; do not edit.\n");
    roff.append(".TH SEGMENT 1 \"\" \"segment ")
        .append(escape(version))
        .append("\" \"User Commands\"\n");
    roff.append(".SH NAME\nsegment \\- ").append(escape(text(usage.header()[0]))).append('\n');

    roff.append(".SH SYNOPSIS\n.B segment\n[\\fIOPTIONS\\fR]");
    for (PositionalParamSpec p : spec.positionalParameters()) {
      roff.append(" \\fI").append(escape(p.paramLabel())).append("\\fR");
    }
    roff.append('\n');

    roff.append(".SH DESCRIPTION\n");
    paragraphs(roff, usage.description());

    roff.append(".SH ARGUMENTS\n");
    for (PositionalParamSpec p : spec.positionalParameters()) {
      roff.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n");
      roff.append(escape(description(p.description(), p.defaultValueString()))).append('\n');
    }

    roff.append(".SH OPTIONS\n");
    for (Map.Entry<String, List<OptionSpec>> section : OptionSections.of(spec).entrySet()) {
      roff.append(".SS ").append(escape(section.getKey())).append('\n');
      for (OptionSpec option : section.getValue()) {
        roff.append(".TP\n").append(synopsis(option)).append('\n');
        roff.append(escape(description(option.description(), option.defaultValueString())))
            .append('\n');
      }
    }

    roff.append(".SH EXIT STATUS\n");
    for (Map.Entry<String, String> code : usage.exitCodeList().entrySet()) {
      roff.append(".TP\n\\fB").append(escape(code.getKey().strip())).append("\\fR\n");
      roff.append(escape(text(code.getValue()))).append('\n');
    }

    roff.append(".SH ENVIRONMENT\n");
    for (String[] variable : ENVIRONMENT) {
      roff.append(".TP\n\\fB").append(escape(variable[0])).append("\\fR\n");
      roff.append(escape(variable[1])).append('\n');
    }

    roff.append(".SH EXAMPLES\n.nf\n");
    for (String line : usage.footer()) {
      roff.append(escape(text(line))).append('\n');
    }
    roff.append(".fi\n");
    roff.append(".SH SEE ALSO\nREADME.md in the install folder, and \\fBsegment \\-\\-help\\fR.\n");
    return roff.toString();
  }

  /** {@code --out=DIR}, {@code -q, --quiet}, {@code --keep-columns[=LIST]} in roff fonts. */
  private static String synopsis(OptionSpec option) {
    StringBuilder names = new StringBuilder();
    for (String name : option.names()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append("\\fB").append(escape(name)).append("\\fR");
    }
    if (option.typeInfo().isBoolean() || option.arity().max() == 0) {
      return names.toString();
    }
    String label = "\\fI" + escape(option.paramLabel()) + "\\fR";
    return names + (option.arity().min() == 0 ? "[=" + label + "]" : "=" + label);
  }

  private static void paragraphs(StringBuilder roff, String[] lines) {
    boolean first = true;
    for (String line : lines) {
      String plain = text(line);
      if (plain.isBlank()) {
        continue;
      }
      if (!first) {
        roff.append(".PP\n");
      }
      roff.append(escape(plain)).append('\n');
      first = false;
    }
  }

  /** A description as {@code --help} shows it: the default filled in, picocli's format applied. */
  static String description(String[] lines, String defaultValue) {
    String joined = text(String.join(" ", lines));
    return joined.replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue);
  }

  /**
   * picocli treats usage texts as format strings: {@code %%} is a percent sign, {@code %n} a break.
   */
  private static String text(String formatted) {
    return formatted.replace("%n", " ").replace("%%", "%");
  }

  /** Roff-safe text: backslashes and minus signs escaped, no line starting a request. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : escaped.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        out.append("\\&");
      }
      out.append(line);
    }
    return out.toString();
  }
}
