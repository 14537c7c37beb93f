package dev.segment.cli;

import dev.segment.dates.DateFormat;
import dev.segment.dates.PeriodEnd;
import dev.segment.hints.Sources;
import dev.segment.io.HeaderPeek;
import dev.segment.io.KeepColumns;
import dev.segment.io.LedgerOptions;
import dev.segment.io.RatesReader;
import dev.segment.io.ReadOptions;
import dev.segment.io.WorkbookReader;
import dev.segment.model.CutRule;
import dev.segment.model.DataException;
import dev.segment.model.Presentation;
import dev.segment.model.Rates;
import dev.segment.model.SegmentPlan;
import dev.segment.model.Tier;
import dev.segment.rows.RowFilter;
import dev.segment.text.FileNames;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Stack;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code segment} command line: options in, a {@link Settings} record out, then the job. */
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
  /** The value of a bare {@code --keep-columns}: every other input column. */
  static final String ALL_COLUMNS = "*";

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
  String input;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description =
          "With an .xlsx workbook as FILE: the sheet to read, by its name. Default: the first"
              + " sheet.")
  String sheet;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "segment-out",
      description =
          "Folder for segments.csv, tiers.csv, pareto.png and report.html (created as needed)."
              + " Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--by",
      paramLabel = "BASIS",
      defaultValue = "customers",
      description =
          "What the cuts measure: customers (%% of customers, default cuts 10,30),"
              + " revenue (%% of MRR, default 45,75), mrr (MRR floors, default 5000,1700) or auto"
              + " (computed ABC analysis). Default: ${DEFAULT-VALUE}.")
  Basis by;

  @Option(
      names = "--cuts",
      paramLabel = "LIST",
      split = ",",
      converter = Converters.Cut.class,
      description =
          "Cumulative cut points, comma-separated: k cuts make k+1 tiers."
              + " Percentages strictly increasing in (0,100), with or without %% (10,30 or"
              + " 10%%,30%%), or MRR floors strictly decreasing.")
  List<Converters.CutValue> cuts;

  @Option(
      names = "--names",
      paramLabel = "LIST",
      split = ",",
      description =
          "Tier labels, one per tier, e.g. \"High-touch,Hybrid,Automated\"."
              + " Default: Tier 1, Tier 2, …")
  List<String> names;

  @Option(
      names = "--id-column",
      paramLabel = "COL",
      description =
          "The customer id column: a header name or a 1-based index."
              + " Default: found by name (customer_id, account_id, client_id, id, …).")
  String idColumn;

  @Option(
      names = "--mrr-column",
      paramLabel = "COL",
      description =
          "The MRR column: a header name or a 1-based index."
              + " Default: found by name (mrr, monthly_recurring_revenue, current_mrr, mrr_usd, …).")
  String mrrColumn;

  @Option(
      names = "--arr-column",
      paramLabel = "COL",
      description = "Read annual amounts from this column instead (MRR = ARR/12).")
  String arrColumn;

  @Option(
      names = "--name-column",
      paramLabel = "COL",
      description = "The customer name column. Default: found by name (name, company_name, …).")
  String nameColumn;

  @Option(
      names = "--parent-column",
      paramLabel = "COL",
      description =
          "Roll accounts up to their top parent account: a row whose COL cell names a parent"
              + " account id counts toward that parent, and on up through each parent's own"
              + " parent (a CRM report's \"Parent Account ID\"). tiers.csv gains an accounts"
              + " column. Default: none, each id is a customer.")
  String parentColumn;

  @Option(
      names = "--group-by",
      paramLabel = "COL",
      description =
          "Cut each group's customers (a region, market or product line) on its own curve: a"
              + " customer's group is the COL cell of its first used row, trimmed ((none) when"
              + " empty). tiers.csv gains a group column, segments.csv a block per group and an"
              + " all block. Default: one curve for the whole base.")
  String groupBy;

  @Option(
      names = "--keep-columns",
      paramLabel = "LIST",
      arity = "0..1",
      fallbackValue = ALL_COLUMNS,
      preprocessor = KeepColumnsValue.class,
      description =
          "Append input columns to tiers.csv for CRM import: all of them, or"
              + " --keep-columns=owner,plan (a list needs the '='). Costs memory for each kept cell.")
  String keepColumns;

  @Option(
      names = "--where",
      paramLabel = "EXPR",
      description =
          "Read only rows whose column holds one of the values: \"Status=active,past_due\";"
              + " COL!=V1,V2 drops them instead; an empty value matches an empty cell"
              + " (\"Canceled At (UTC)=\"). Repeatable: every one must hold. Values are compared"
              + " trimmed, ignoring case; filtered rows are counted per expression, not skipped.")
  List<String> where;

  @Option(
      names = "--date-format",
      paramLabel = "MDY|DMY",
      description =
          "How dates that are not ISO are written in cells: MDY (12/31/2024) or DMY (31/12/2024),"
              + " with /, . or - between the parts. ISO dates and date-times and Unix seconds are"
              + " read either way. Default: ISO only.")
  String dateFormat;

  @Option(
      names = "--period-columns",
      paramLabel = "START,END",
      description =
          "Invoice ledgers: each row's amount pays for the service period START..END; a row"
              + " counts when its period covers --as-of, as amount ÷ the period's months (whole"
              + " calendar months, else days ÷ 30.436875). An empty END is open-ended (already"
              + " monthly). Needs --as-of.")
  String periodColumns;

  @Option(
      names = "--period-end",
      paramLabel = "exclusive|inclusive",
      description =
          "What END means for every row of --period-columns: exclusive (the next period's first"
              + " day, as Stripe writes it) or inclusive (the period's last day). Default: as the"
              + " file's whole-month rows show.")
  String periodEnd;

  @Option(
      names = "--valid-columns",
      paramLabel = "START,END",
      description =
          "Subscription tables whose rows say when a price held (dbt subscription_periods): a row"
              + " counts while START <= --as-of < END (an empty END: still valid), its amount"
              + " already monthly. Needs --as-of.")
  String validColumns;

  @Option(
      names = "--trailing",
      paramLabel = "MONTHS",
      description =
          "Ledgers without service periods (Xero, QuickBooks): a run rate from rows dated in the"
              + " MONTHS months up to --as-of, each adding amount ÷ MONTHS (1-36). Needs"
              + " --date-column and --as-of.")
  Integer trailing;

  @Option(
      names = "--date-column",
      paramLabel = "COL",
      description = "The column dating each row for --trailing, e.g. --date-column InvoiceDate.")
  String dateColumn;

  @Option(
      names = "--latest",
      paramLabel = "KEY,ORDER",
      description =
          "History and snapshot tables: of the rows with the same KEY (a subscription id) only"
              + " the one with the greatest ORDER (a date, number or text) is read, chosen before"
              + " --where. Reads the file twice.")
  String latest;

  @Option(
      names = "--rate-column",
      paramLabel = "COL",
      description =
          "Each row's rate into --base-currency: the value of one unit of the row's currency in"
              + " the base currency (as --rates). Base-currency rows keep 1.")
  String rateColumn;

  @Option(
      names = "--rate-column-inverse",
      paramLabel = "COL",
      description =
          "As --rate-column, but the column holds units of the row's currency per one unit of the"
              + " base currency (Xero's CurrencyRate).")
  String rateColumnInverse;

  @Option(
      names = "--interval-column",
      paramLabel = "COL",
      description =
          "The amounts are prices per billing interval, named in this column (day, week, month,"
              + " quarter, year, …): each row is made annual and MRR = ARR/12, so a yearly"
              + " price adds a twelfth.")
  String intervalColumn;

  @Option(
      names = "--interval-count-column",
      paramLabel = "COL",
      description =
          "With --interval-column: intervals per billing period, a whole number >= 1 (3 with"
              + " month is quarterly billing; an empty cell is 1).")
  String intervalCountColumn;

  @Option(
      names = "--quantity-column",
      paramLabel = "COL",
      description =
          "Units billed (seats), a plain number >= 0 multiplying each row's amount (an empty"
              + " cell is 1).")
  String quantityColumn;

  @Option(
      names = "--minor-units",
      description =
          "Amounts are whole numbers in the currency's minor unit (cents, as Baremetrics and"
              + " Stripe's API write them): 4999 USD is 49.99, 4999 JPY is 4999, 4999 BHD 4.999.")
  boolean minorUnits;

  @Option(
      names = "--rates",
      paramLabel = "LIST|FILE",
      description =
          "Converts each row into --base-currency before summing: EUR=1.0823,GBP=1.271 (one unit"
              + " of each in the base currency), or a CSV file of currency,rate rows, such as a"
              + " finance team's month-end rates.")
  String rates;

  @Option(
      names = "--base-currency",
      paramLabel = "CODE",
      description =
          "The currency the report is in (USD, EUR): with --rates, every amount is converted"
              + " into it; alone, it names the file's one currency.")
  String baseCurrency;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      converter = Converters.Delimiter.class,
      description = "Field delimiter: , ; | or tab. Default: sniffed from the header.")
  Character delimiter;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      converter = Converters.Encoding.class,
      description = "Input encoding, e.g. windows-1252. Default: UTF-8 (a BOM is ignored).")
  Charset encoding;

  @Option(
      names = "--decimal-comma",
      description = "Read amounts written with a decimal comma: 1.234,50.")
  boolean decimalComma;

  @Option(
      names = "--strict",
      description = "Fail (exit 3, nothing written) on any row that would be skipped.")
  boolean strict;

  @Option(
      names = "--exclude-zero",
      description = "Leave zero-MRR customers (free, paused) out of the curve and tiers.csv.")
  boolean excludeZero;

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
      names = "--chart-size",
      paramLabel = "WxH",
      defaultValue = "1600x900",
      converter = Converters.Size.class,
      description =
          "Size of the chart in pixels (pareto.png; pareto.svg's size in user units), from"
              + " 480x270 to 10000x10000. Default: ${DEFAULT-VALUE}.")
  ChartSize chartSize;

  @Option(names = "--no-chart", description = "Do not draw the chart (pareto.png, pareto.svg).")
  boolean noChart;

  @Option(
      names = "--chart-format",
      paramLabel = "FMT",
      defaultValue = "png",
      split = ",",
      description =
          "The chart's files: png (pareto.png), svg (pareto.svg, vector graphics for slides) or"
              + " png,svg for both. Default: ${DEFAULT-VALUE}.")
  List<ChartFormat> chartFormat;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description =
          "The chart's title, e.g. \"Customer tiers, Q4\". Default: MRR Pareto: N customers,"
              + " total MRR.")
  String title;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.IsoDate.class,
      description =
          "The date the figures are as of (ISO, e.g. 2026-12-01): shown in the chart's subtitle"
              + " and as as_of in --format json. Default: none.")
  LocalDate asOf;

  @Option(
      names = "--bar-scale",
      paramLabel = "SCALE",
      defaultValue = "linear",
      description =
          "The bars' MRR axis: linear, or log to show the long tail of a large base (zero-MRR"
              + " customers draw no bar; the cumulative line keeps its %% axis)."
              + " Default: ${DEFAULT-VALUE}.")
  Presentation.BarScale barScale;

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
      names = "--book",
      paramLabel = "ARR",
      converter = Converters.Amount.class,
      description =
          "Book of business: the ARR one CSM covers, e.g. 3000000. Prints the CSMs"
              + " each staffed tier needs (every tier but the last, unless --accounts-per-csm says).")
  BigDecimal book;

  @Option(
      names = "--accounts-per-csm",
      paramLabel = "LIST",
      split = ",",
      converter = Converters.Ratio.class,
      description =
          "Accounts one CSM covers, one number per staffed tier from tier 1, e.g."
              + " 15,75; tiers without a number are automated. CSMs needed: the larger of"
              + " ARR / --book and accounts / this, rounded up.")
  List<Integer> accountsPerCsm;

  @Option(
      names = "--csms",
      paramLabel = "LIST",
      split = ",",
      converter = Converters.Csms.class,
      description =
          "The CSMs you can pay for, one whole number per staffed tier from tier 1, e.g. 4,10"
              + " (with --book or --accounts-per-csm): each such tier shrinks to the largest clean"
              + " tie boundary at or before its cut that they can serve; customers it gives up"
              + " join the next tier. 0 empties the tier.")
  List<Integer> csms;

  @Option(
      names = "--sweep",
      description =
          "Also try candidate top tiers side by side, the essay's iterations: cuts at 5, 10, …,"
              + " 50%% of customers and 10, 20, …, 90%% of MRR, each after the tie rule, with the"
              + " CSMs each needs under --book or --accounts-per-csm; printed and written to"
              + " sweep.csv.")
  boolean sweep;

  @Option(
      names = "--previous",
      paramLabel = "PATH",
      description =
          "An earlier run's tiers.csv: report who moved up or down, who is new or gone,"
              + " and write changes.csv (customers whose tier changed) into --out.")
  Path previous;

  @Option(
      names = "--previous-if-exists",
      paramLabel = "PATH",
      description =
          "As --previous, but when PATH does not exist yet the run is a first run, with a note"
              + " (the first night of a cron job: previous-if-exists=/srv/crm/tiers/tiers.csv).")
  Path previousIfExists;

  @Option(
      names = "--grace",
      paramLabel = "PCT",
      converter = Converters.Amount.class,
      description =
          "With --previous: keep a customer in its earlier tier while its MRR is within"
              + " PCT%% of the floor it crossed, e.g. 10, so tiers do not flap around a cut.")
  BigDecimal grace;

  @Option(
      names = "--pin",
      paramLabel = "FILE",
      description =
          "A CSV of id,tier rows (tier by label or number): those customers keep that"
              + " tier; the curve and cuts come from the others. tiers.csv gains computed_tier and"
              + " override.")
  Path pin;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A properties file of option defaults, keys being long option names without"
              + " dashes (by=revenue, cuts=45,75, out=/srv/crm/tiers); flags given here win.")
  Path config;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      completionCandidates = SegmentCommand.SourceNames.class,
      description =
          "Read a known export as its vendor writes it, e.g. --source stripe-api (amounts in"
              + " cents, customer ids): stripe-subscriptions, stripe-api, chargebee, recurly,"
              + " paddle, zuora, chartmogul, baremetrics, salesforce-accounts, hubspot-companies,"
              + " xero-invoices, quickbooks-invoices, stripe-invoice-lines (docs/sources.md)."
              + " Without reading options a header that matches one is read so; none turns"
              + " that off. Options given beside it replace its own of the same name.")
  String source;

  /** The names --source takes, for shell completion (the option stays a String: any case works). */
  static final class SourceNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(Sources.names().split(", ")).iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = settings();
    InputStream in = stdin;
    Optional<List<String>> header = Optional.empty();
    if (source == null || !source.strip().equalsIgnoreCase(Sources.NONE)) {
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
    SourceChoice.Outcome outcome;
    try {
      outcome =
          SourceChoice.choose(
              Optional.ofNullable(source),
              givenOptions(),
              header,
              name -> spec.findOption(name) != null,
              settings.presentation().asOf().isPresent(),
              Optional.ofNullable(mrrColumn != null ? mrrColumn : arrColumn),
              settings.read());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (!outcome.tokens().isEmpty()) {
      settings = withSource(outcome.tokens(), in);
    }
    return new SegmentJob(
            settings, in, spec.commandLine().getOut(), spec.commandLine().getErr(), outcome)
        .run();
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
    // A --config file's values are defaults, not matched options: read from the fields.
    if (idColumn != null) {
      given.add("--id-column");
    }
    if (mrrColumn != null) {
      given.add("--mrr-column");
    }
    if (arrColumn != null) {
      given.add("--arr-column");
    }
    if (nameColumn != null) {
      given.add("--name-column");
    }
    if (parentColumn != null) {
      given.add("--parent-column");
    }
    if (where != null && !where.isEmpty()) {
      given.add("--where");
    }
    if (intervalColumn != null) {
      given.add("--interval-column");
    }
    if (intervalCountColumn != null) {
      given.add("--interval-count-column");
    }
    if (quantityColumn != null) {
      given.add("--quantity-column");
    }
    if (minorUnits) {
      given.add("--minor-units");
    }
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

  /** Turns the parsed options into settings, rejecting bad values and combinations (exit 2). */
  Settings settings() {
    if (out.toString().isBlank()) {
      // Path.of("") is the working folder: an unset shell variable would otherwise put the files,
      // and remove a pareto.png or changes.csv, wherever the command happened to run.
      throw usage(
          "--out needs a folder name, such as --out segment-out; it was empty (an unset shell"
              + " variable, or out= in a --config file)");
    }
    if (out.toString().equals("-")) {
      throw usage(
          "--out names a folder, not standard output; to print the tier summary write"
              + " --format csv (or --format json for the whole report), which go to standard"
              + " output whatever --out says");
    }
    if (sheet != null && !WorkbookReader.isWorkbook(input)) {
      throw usage(
          "--sheet names a sheet of an Excel workbook, and "
              + input
              + " is not one (a path ending .xlsx)");
    }
    if (sheet != null && sheet.isBlank()) {
      throw usage("--sheet needs a sheet's name, such as --sheet Customers");
    }
    // The read options before the cuts: two amount columns were reported before a bad cut, and are.
    ReadOptions read = readOptions();
    CutRule rule = rule();
    List<String> labels = labels(rule.tierCount());
    return new Settings(
        input,
        out,
        read,
        strict,
        format,
        quiet,
        verbose,
        noChart ? Optional.empty() : Optional.of(new ChartSettings(chartSize, chartFormat)),
        presentation(),
        !noHtml,
        bom,
        plan(rule, labels),
        xlsx,
        Optional.ofNullable(sheet),
        previousIfExists != null,
        optionsGiven());
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

  /** How to read the input, its options checked together by their record. */
  private ReadOptions readOptions() {
    if (groupBy != null && (csms != null || sweep)) {
      throw usage(
          (sweep ? "--sweep" : "--csms")
              + " cannot be used with --group-by yet: run it without --group-by (on the whole"
              + " base), or with --where COL=VALUE for one group");
    }
    try {
      return new ReadOptions(
          encoding == null ? StandardCharsets.UTF_8 : encoding,
          Optional.ofNullable(delimiter),
          column(idColumn, "--id-column"),
          column(mrrColumn, "--mrr-column"),
          column(arrColumn, "--arr-column"),
          column(nameColumn, "--name-column"),
          decimalComma,
          keep(),
          filters(),
          column(intervalColumn, "--interval-column"),
          column(intervalCountColumn, "--interval-count-column"),
          column(quantityColumn, "--quantity-column"),
          minorUnits,
          column(parentColumn, "--parent-column"),
          rates(),
          ledger(),
          column(groupBy, "--group-by"));
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** The options of SPEC "MRR on a date", checked together by their record (exit 2). */
  private LedgerOptions ledger() {
    if (rateColumn != null && rateColumnInverse != null) {
      throw usage(
          "--rate-column and --rate-column-inverse cannot be used together: name the one column"
              + " that holds each row's rate");
    }
    String rate = rateColumn != null ? rateColumn : rateColumnInverse;
    String rateOption = rateColumn != null ? "--rate-column" : "--rate-column-inverse";
    if (rate != null && rates != null) {
      throw usage(
          rateOption
              + " cannot be used with --rates: the rate column gives each row's rate; leave"
              + " --rates out");
    }
    if (trailing != null && (trailing < 1 || trailing > 36)) {
      throw usage(
          "--trailing takes a whole number of months from 1 to 36, e.g. --trailing 12; got "
              + trailing);
    }
    return new LedgerOptions(
        Optional.ofNullable(asOf),
        dateFormat == null ? DateFormat.ISO : DateFormat.of(dateFormat),
        pair(periodColumns, "--period-columns", "START,END"),
        Optional.ofNullable(periodEnd).map(PeriodEnd::of),
        pair(validColumns, "--valid-columns", "START,END"),
        trailing == null ? 0 : trailing,
        column(dateColumn, "--date-column"),
        pair(latest, "--latest", "KEY,ORDER"),
        column(rate, rateOption),
        rateColumnInverse != null,
        LedgerOptions.Found.NOTHING);
  }

  /** Two columns given as {@code A,B}, each named as for --id-column. */
  private Optional<List<String>> pair(String value, String option, String form) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw usage(
          option
              + " takes two columns, "
              + form
              + " (names or 1-based indexes, e.g. "
              + option
              + (option.equals("--latest") ? " subscription_id,updated_at" : " start,end")
              + "); got \""
              + value
              + "\"");
    }
    return Optional.of(
        List.of(
            column(parts[0].strip(), option).orElseThrow(),
            column(parts[1].strip(), option).orElseThrow()));
  }

  /**
   * {@code --rates} and {@code --base-currency}: a malformed one is a usage error (exit 2), a
   * missing rates file a file-system one (exit 1).
   */
  private Optional<Rates> rates() {
    if (rates != null && baseCurrency == null) {
      throw usage(
          "--rates needs --base-currency, the currency the rates convert into (e.g."
              + " --base-currency USD)");
    }
    if (baseCurrency == null) {
      return Optional.empty();
    }
    String base = RatesReader.baseCurrency(baseCurrency);
    if (rates == null) {
      return Optional.of(new Rates(base, Map.of()));
    }
    if (rates.isBlank()) {
      // Path.of("") is the working folder: read as a file it would be an I/O error, not a usage
      // one.
      throw usage(
          "--rates needs CODE=RATE pairs or a file's path (--rates EUR=1.0823,GBP=1.271); got"
              + " nothing");
    }
    if (RatesReader.isList(rates)) {
      return Optional.of(RatesReader.ofList(rates, base));
    }
    Path file = Path.of(rates);
    if (Files.notExists(file)) {
      throw new UncheckedIOException(
          new Errors.MissingOptionFile(
              "--rates",
              file,
              "give the path of a currency,rate CSV file, or the rates themselves"
                  + " (--rates EUR=1.0823,GBP=1.271)"));
    }
    try {
      return Optional.of(RatesReader.ofFile(file, base));
    } catch (DataException e) {
      throw usage(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The title, date and bar scale the chart (and any page built on it) shows. */
  private Presentation presentation() {
    Optional<String> text = Optional.ofNullable(title).map(String::strip);
    if (text.isPresent() && text.get().isEmpty()) {
      throw usage("--title needs some text, e.g. --title \"Customer tiers, Q4\"");
    }
    if (text.isPresent() && text.get().codePoints().anyMatch(Character::isISOControl)) {
      throw usage(
          "--title cannot hold control characters (a tab or line break): write it on one line");
    }
    return new Presentation(text, Optional.ofNullable(asOf), barScale);
  }

  /** The cuts, labels and decision aids, checked together by the plan's record. */
  private SegmentPlan.Options plan(CutRule rule, List<String> labels) {
    try {
      return new SegmentPlan.Options(
          rule,
          labels,
          excludeZero,
          Optional.ofNullable(book),
          accountsPerCsm == null ? List.of() : accountsPerCsm,
          previousFile(),
          Optional.ofNullable(grace),
          Optional.ofNullable(pin),
          csms == null ? List.of() : csms,
          sweep);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** The earlier tiers.csv, from --previous or --previous-if-exists (not both). */
  private Optional<Path> previousFile() {
    if (previousIfExists == null) {
      return Optional.ofNullable(previous);
    }
    if (previous != null) {
      throw usage(
          "--previous and --previous-if-exists name the same file: give one (--previous-if-exists"
              + " when the first run has none)");
    }
    if (previousIfExists.toString().isBlank()) {
      throw usage(
          "--previous-if-exists needs the path of an earlier run's tiers.csv; it was empty (an"
              + " unset shell variable, or previous-if-exists= in a --config file)");
    }
    return Optional.of(previousIfExists);
  }

  private CutRule rule() {
    if (by == Basis.AUTO) {
      if (cuts != null) {
        throw usage("--cuts cannot be combined with --by auto, which computes its own cuts");
      }
      return new CutRule.Auto();
    }
    try {
      switch (by) {
        case CUSTOMERS:
          return new CutRule.ByCustomers(cutsOr("10", "30"));
        case REVENUE:
          return new CutRule.ByRevenue(cutsOr("45", "75"));
        case MRR:
          if (cuts != null && cuts.stream().anyMatch(Converters.CutValue::percent)) {
            throw usage(
                "--by mrr cuts are MRR floors (--cuts 5000,1700), not percentages; for"
                    + " --cuts 10%,30% use --by customers (or --by revenue for % of MRR)");
          }
          return new CutRule.ByMrr(cutsOr("5000", "1700"));
        default:
          throw new IllegalStateException("unknown basis " + by);
      }
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private List<BigDecimal> cutsOr(String... defaults) {
    if (cuts != null) {
      List<BigDecimal> values = new ArrayList<>();
      for (Converters.CutValue cut : cuts) {
        values.add(cut.value());
      }
      return values;
    }
    List<BigDecimal> list = new ArrayList<>();
    for (String d : defaults) {
      list.add(new BigDecimal(d));
    }
    return list;
  }

  /**
   * The tier labels, stripped and checked here so a bad --names comes before a bad column option.
   */
  private List<String> labels(int tiers) {
    if (names == null) {
      return Tier.defaultLabels(tiers);
    }
    List<String> labels = new ArrayList<>();
    for (String n : names) {
      labels.add(n.strip());
    }
    try {
      Tier.requireLabels(labels, tiers);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    return labels;
  }

  /** The --where expressions, each read by {@link RowFilter#parse} (no '=' is a usage error). */
  private List<RowFilter> filters() {
    List<RowFilter> list = new ArrayList<>();
    if (where != null) {
      for (String expression : where) {
        RowFilter filter =
            RowFilter.parse(
                expression,
                dateFormat == null ? DateFormat.ISO : DateFormat.of(dateFormat),
                decimalComma);
        // Its column is named as for --id-column: index 0 or -1 is a usage error there too.
        column(filter.column(), "--where");
        list.add(filter);
      }
    }
    return list;
  }

  private KeepColumns keep() {
    if (keepColumns == null) {
      return KeepColumns.NONE;
    }
    if (keepColumns.isBlank() || keepColumns.equals(ALL_COLUMNS)) {
      return KeepColumns.ALL;
    }
    List<String> list = new ArrayList<>();
    for (String c : keepColumns.split(",", -1)) {
      if (c.isBlank()) {
        throw usage("--keep-columns has an empty column name; write --keep-columns=plan,owner");
      }
      list.add(c.strip());
    }
    return KeepColumns.of(list);
  }

  private Optional<String> column(String value, String option) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isBlank()) {
      throw usage(option + " needs a column name or a 1-based index");
    }
    // Zero or a negative number is wrong in itself (exit 2); an index past the header is the
    // data's problem (exit 3, from the reader). No parsing: the digits may not fit a long.
    if (value.strip().matches("-[0-9]+|0+")) {
      throw usage(
          option + " takes a 1-based column index (1 is the first column); got " + value.strip());
    }
    return Optional.of(value);
  }

  /**
   * A list for {@code --keep-columns} only when attached with '=': {@code segment --keep-columns
   * customers.csv} must keep all columns of customers.csv, not keep a column named customers.csv.
   */
  static final class KeepColumnsValue implements IParameterPreprocessor {
    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
      if (" ".equals(info.get("separator"))) {
        args.push(ALL_COLUMNS);
        info.put("separator", "=");
      }
      return false;
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
