package dev.segment.cli;

import dev.segment.io.HeaderPeek;
import dev.segment.io.KeepColumns;
import dev.segment.io.LedgerOptions;
import dev.segment.io.ReadOptions;
import dev.segment.text.FileNames;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code segment} command line: the input file and the option groups in, a {@link Settings}
 * record out, then the job. Each group ({@link OptionGroup}) declares one headed section of options
 * and turns them into its record; this class only orders those steps, so errors come in the order
 * SPEC's examples show.
 */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "",
    header = "Cuts a customer base into tiers along its MRR Pareto curve.",
    descriptionHeading = "%n",
    description = {
      "Reads a customer MRR export (CSV or an .xlsx workbook: Stripe, ChartMogul, a CRM report),"
          + " ranks"
          + " customers by MRR, cuts tiers (by default the top 10%% and the next 20%% of customers),"
          + " prints the segment report and writes segments.csv (one row per tier), tiers.csv"
          + " (one row per customer, for CRM import), pareto.png (or pareto.svg) and report.html"
          + " (the report as a page with the chart) into --out.",
      "",
      "Holds every customer in memory: about 16 bytes each plus its id and name (10 M customers"
          + " fit a 1 GiB heap)."
    },
    parameterListHeading = "%nInput:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:file-system failure (input missing or unreadable, --out unwritable, standard output"
          + " full), out of memory, or a bug",
      "2:usage error (an unknown option, a bad value, a bad combination, a bad --config file)",
      "3:data error (input unreadable or unusable, a column missing or ambiguous, --strict)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  segment customers.csv",
      "      the essay's three tiers: top 10%% of customers, next 20%%, the rest",
      "  segment customers.csv --by revenue --cuts 50,80",
      "  segment customers.csv --names \"High-touch,Hybrid,Automated\"",
      "  segment export.csv --arr-column \"Annual Value\" --out /srv/crm/tiers --quiet",
      "  segment subscriptions.csv --mrr-column Amount --interval-column Interval \\",
      "      --quantity-column Quantity --where \"Status=active,past_due\"",
      "      a Stripe export: prices per interval × seats, only paying subscriptions",
    })
public final class SegmentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final InputStream stdin;

  SegmentCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "The customer CSV (path), or - for standard input, or an Excel workbook (a path ending"
              + " .xlsx).")
  String file;

  // The sections in the order --help and the man page list them.
  @Mixin InputGroup input;
  @Mixin BillingGroup billing;
  @Mixin LedgerGroup ledger;
  @Mixin CurrencyGroup currencies;
  @Mixin TierGroup tiers;
  @Mixin DecisionGroup decisions;
  @Mixin OutputGroup output;
  @Mixin ChartGroup chart;
  @Mixin ConfigGroup config;

  @Override
  public Integer call() throws Exception {
    Settings settings = settings();
    InputStream in = stdin;
    Optional<List<String>> header = Optional.empty();
    if (input.detects()) {
      if (settings.input().equals("-")) {
        // Standard input is read once: its start is held back so the read sees it again.
        BufferedInputStream held = new BufferedInputStream(stdin, HeaderPeek.STDIN_MARK);
        in = held;
        header = HeaderPeek.ofMarked(held, settings.read());
      } else if (Files.isRegularFile(Path.of(settings.input()))) {
        // Never a pipe: a peek would take the rows the read needs.
        header = HeaderPeek.of(Path.of(settings.input()), settings.read());
      }
    }
    SourceChoice.Outcome outcome = source(settings, header);
    if (!outcome.tokens().isEmpty()) {
      settings = withSource(outcome.tokens(), in);
    }
    return new SegmentJob(
            settings, in, spec.commandLine().getOut(), spec.commandLine().getErr(), outcome)
        .run();
  }

  /** The known export this run reads, if any (SPEC "Known exports"). */
  private SourceChoice.Outcome source(Settings settings, Optional<List<String>> header) {
    return checked(
        () ->
            SourceChoice.choose(
                input.source(),
                givenOptions(),
                header,
                name -> spec.findOption(name) != null,
                settings.presentation().asOf().isPresent(),
                input.money(),
                settings.read()));
  }

  /**
   * The long names of the options given, on the command line or in a --config file: each replaces a
   * source's options of that name.
   */
  private Set<String> givenOptions() {
    Set<String> given = new TreeSet<>();
    for (OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
      given.add(o.longestName());
    }
    input.addGiven(given);
    billing.addGiven(given);
    return given;
  }

  /**
   * The settings of this command line with a source's option tokens before it, parsed as if typed:
   * one parse and one set of checks for a source's options and the user's.
   */
  private Settings withSource(List<String> tokens, InputStream in) throws IOException {
    List<String> args = new ArrayList<>(tokens);
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    args.addAll(original);
    CommandLine again =
        Main.commandLine(in, spec.commandLine().getOut(), spec.commandLine().getErr());
    Optional<String> config = ConfigFile.find(original.toArray(String[]::new));
    if (config.isPresent()) {
      ConfigFile.install(again, config.get());
    }
    again.parseArgs(args.toArray(String[]::new));
    SegmentCommand command = again.getCommand();
    return command.settings();
  }

  /**
   * Turns the parsed options into settings, rejecting bad values and combinations (exit 2). The
   * order of the steps is the order of the errors: the folder, the sheet, the read options (two
   * amount columns were reported before a bad cut, and are), the cuts and labels, the title, the
   * decision aids.
   */
  Settings settings() {
    Path out = checked(output::out);
    Optional<String> sheet = checked(() -> input.sheet(this.file));
    ReadOptions read = checked(this::readOptions);
    TierGroup.Tiers cuts = checked(tiers::tiers);
    return new Settings(
        file,
        out,
        read,
        input.strict,
        output.format,
        output.quiet,
        output.verbose,
        chart.chart(),
        checked(() -> chart.presentation(ledger.asOf())),
        !output.noHtml,
        output.bom,
        checked(() -> decisions.plan(cuts)),
        output.xlsx,
        sheet,
        decisions.previousIfExists(),
        optionsGiven());
  }

  /** How to read the input: each group's record, then their combinations checked together. */
  private ReadOptions readOptions() {
    decisions.requireOneCurve(tiers.grouped());
    ReadOptions.Columns columns = input.columns();
    KeepColumns keep = output.keep();
    ReadOptions.Billing rows = billing.billing(ledger::dateFormat, columns.decimalComma());
    CurrencyGroup.Choice currency = currencies.choice();
    LedgerOptions dated = ledger.ledger(currency);
    return ReadOptions.of(columns, rows, keep, currency.rates(), dated, tiers.groupColumn());
  }

  /**
   * The options given on the command line as report.html's last section names them: {@code --cuts
   * 10,30}; a file or folder by its name only ({@code --previous tiers.csv}), since the page is
   * mailed and must not show a local folder path.
   */
  private List<String> optionsGiven() {
    List<String> given = new ArrayList<>();
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed == null) {
      return given;
    }
    for (CommandLine.Model.OptionSpec o : parsed.matchedOptions()) {
      String label = o.paramLabel();
      boolean path =
          o.type() == Path.class
              || label.contains("FILE")
              || label.contains("PATH")
              || label.contains("DIR");
      List<String> values = o.arity().max() == 0 ? List.of() : o.originalStringValues();
      if (values.isEmpty()) {
        given.add(o.longestName());
      }
      for (String v : values) {
        String shown = v;
        if (path) {
          shown = FileNames.last(v);
        }
        given.add(o.longestName() + " " + shown);
      }
    }
    return given;
  }

  /** A step's value; a value it refuses ({@link IllegalArgumentException}) is a usage error. */
  private <T> T checked(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
