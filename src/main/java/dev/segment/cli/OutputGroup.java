package dev.segment.cli;

import dev.segment.io.KeepColumns;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options that say where the files go, what is printed, and what tiers.csv carries. */
final class OutputGroup implements OptionGroup {
  /** The value of a bare {@code --keep-columns}: every other input column. */
  static final String ALL_COLUMNS = "*";

  @Override
  public String heading() {
    return "Output";
  }

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "segment-out",
      description =
          "Folder for segments.csv, tiers.csv, pareto.png and report.html (created as needed)."
              + " Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "table",
      description =
          "What to print: table (the report), json (the whole report) or csv"
              + " (the tier summary). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors; the exit code tells what happened.")
  boolean quiet;

  @Option(
      names = "--verbose",
      description =
          "Show the stack trace of an error, and a timing line per phase on" + " standard error.")
  boolean verbose;

  @Option(
      names = "--no-html",
      description =
          "Do not write report.html (written by default: the report as one self-contained page"
              + " with the chart, to open, print or mail).")
  boolean noHtml;

  @Option(
      names = "--bom",
      description =
          "Begin every CSV file in --out with a UTF-8 byte-order mark, so Excel on Windows reads"
              + " accented and CJK names right (standard output never has one).")
  boolean bom;

  @Option(
      names = "--xlsx",
      description =
          "Also write segment.xlsx: a Summary sheet (the tier table, concentration, the chart)"
              + " and a Tiers sheet (tiers.csv's rows as typed cells, header frozen, a filter)."
              + " Up to 1,048,575 customers (a worksheet's rows); about 4 s more CPU a million"
              + " customers.")
  boolean xlsx;

  @Option(
      names = "--keep-columns",
      paramLabel = "LIST",
      arity = "0..1",
      fallbackValue = ALL_COLUMNS,
      preprocessor = KeepColumnsValue.class,
      description =
          "Append input columns to tiers.csv for CRM import: all of them, or"
              + " --keep-columns owner,plan. Costs memory for each kept cell.")
  String keepColumns;

  /** The --out folder, never the working folder by accident nor standard output. */
  Path out() {
    if (out.toString().isBlank()) {
      // Path.of("") is the working folder: an unset shell variable would otherwise put the files,
      // and remove a pareto.png or changes.csv, wherever the command happened to run.
      throw new IllegalArgumentException(
          "--out needs a folder name, such as --out segment-out; it was empty (an unset shell"
              + " variable, or out= in a --config file)");
    }
    if (out.toString().equals("-")) {
      throw new IllegalArgumentException(
          "--out names a folder, not standard output; to print the tier summary write"
              + " --format csv (or --format json for the whole report), which go to standard"
              + " output whatever --out says");
    }
    return out;
  }

  /** The input columns tiers.csv carries: none, all, or the ones named. */
  KeepColumns keep() {
    if (keepColumns == null) {
      return KeepColumns.NONE;
    }
    if (keepColumns.isBlank() || keepColumns.equals(ALL_COLUMNS)) {
      return KeepColumns.ALL;
    }
    List<String> list = new ArrayList<>();
    for (String c : keepColumns.split(",", -1)) {
      if (c.isBlank()) {
        throw new IllegalArgumentException(
            "--keep-columns has an empty column name; write --keep-columns=plan,owner");
      }
      list.add(c.strip());
    }
    return KeepColumns.of(list);
  }

  /**
   * {@code --keep-columns} takes the next argument as its list (SPEC: {@code --keep-columns a,b})
   * unless that argument is an option or an existing file: {@code segment --keep-columns
   * customers.csv} keeps all columns of customers.csv, not a column named customers.csv.
   */
  static final class KeepColumnsValue implements IParameterPreprocessor {
    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
      if (" ".equals(info.get("separator")) && (args.isEmpty() || !isList(args.peek()))) {
        args.push(ALL_COLUMNS);
        info.put("separator", "=");
      }
      return false;
    }

    private static boolean isList(String next) {
      if (next.startsWith("-")) {
        return false;
      }
      try {
        return !Files.exists(Path.of(next));
      } catch (InvalidPathException notAPath) {
        return true;
      }
    }
  }
}
