package dev.segment.io;

import dev.segment.model.AmountReading;
import dev.segment.model.CurrencyTable;
import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.FactorHints;
import dev.segment.model.InputSummary;
import dev.segment.model.IntervalHint;
import dev.segment.model.Rates;
import dev.segment.model.ReadHint;
import dev.segment.model.RollUp;
import dev.segment.model.SkippedRows;
import dev.segment.model.StatusNote;
import dev.segment.rows.BlankAndFooter;
import dev.segment.rows.CellWatch;
import dev.segment.rows.CurrencyAndRate;
import dev.segment.rows.ValueTally;
import dev.segment.text.PrintableText;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The steps a read of the customer CSV takes alike in one pass and in parts: the CSV format for a
 * delimiter, the delimiter sniffed from the text's start, the header row, and what a whole input's
 * tally comes to.
 */
final class ReadSteps {
  private ReadSteps() {}

  static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrailingData(true)
        .get();
  }

  /** The delimiter of the text {@code reader} starts with, read from its first 64 Ki chars. */
  static char sniff(Reader reader) throws IOException {
    char[] sample = new char[DelimiterSniffer.SAMPLE_CHARS + 1];
    int n = 0;
    int r;
    while (n < sample.length && (r = reader.read(sample, n, sample.length - n)) >= 0) {
      n += r;
    }
    return DelimiterSniffer.sniff(
        sample, Math.min(n, DelimiterSniffer.SAMPLE_CHARS), n <= DelimiterSniffer.SAMPLE_CHARS);
  }

  /**
   * The header row and the columns it names; blank lines before it are counted. A blank line is an
   * empty one, one of spaces, or one of empty cells ({@code ,,,} as Excel saves an empty row); a
   * row of cells holding only spaces ({@code " , , "}) is still the header, so the first data row
   * is never taken for it.
   */
  record Header(List<String> names, ColumnLayout columns, long blankLinesBefore) {
    static Header read(Records records, ReadOptions options, String label) throws IOException {
      long blank = 0;
      CSVRecord row = records.next();
      while (row != null && emptyLine(row)) {
        blank++;
        row = records.next();
      }
      if (row == null) {
        throw new DataException(
            label
                + ": the input is empty; segment needs a header row naming the id and MRR columns");
      }
      List<String> names = row.toList();
      boolean byIndex =
          options.idColumn().isPresent()
              && (options.mrrColumn().isPresent() || options.arrColumn().isPresent());
      if (BlankAndFooter.firstNonBlank(row) < 0 && !byIndex) {
        throw new DataException(
            label
                + ": line "
                + records.line()
                + ": the header row has only blank cells; segment needs a header row naming the id"
                + " and MRR columns (or --id-column and --mrr-column as 1-based indexes)");
      }
      return new Header(names, ColumnResolver.resolve(names, options, label), blank);
    }

    private static boolean emptyLine(CSVRecord row) {
      if (row.size() == 1) {
        return row.get(0).isBlank();
      }
      for (String cell : row) {
        if (!cell.isEmpty()) {
          return false;
        }
      }
      return true;
    }

    RowTally tally(String label, ReadOptions options) {
      return new RowTally(label, names, columns, options);
    }
  }

  /** The result of a whole input's tally: the checks that need every row, then the summary. */
  static ReadResult result(
      String source,
      String label,
      Header header,
      RowTally tally,
      char delimiter,
      ReadOptions options) {
    Map<String, Long> currencies = tally.currencyFirstLines();
    Optional<CurrencyTable> converted = Optional.empty();
    String currency = currencies.isEmpty() ? "" : currencies.keySet().iterator().next();
    if (options.rates().isPresent()) {
      Rates rates = options.rates().get();
      if (options.ledger().rateColumn().isEmpty()) {
        requireRates(label, rates, currencies);
      }
      converted = Optional.of(currencyTable(rates, tally.currencySums()));
      currency = rates.base();
    } else if (currencies.size() > 1) {
      throw mixedCurrencies(label, currencies);
    }
    Customers customers;
    try {
      customers = tally.builder().build();
    } catch (DataException e) {
      throw new DataException(label + ": " + e.getMessage(), e);
    }
    ColumnLayout columns = header.columns();
    List<String> names = header.names();
    Optional<RollUp> rollUp =
        tally.builder().rollUp(columns.parent() < 0 ? "" : names.get(columns.parent()));
    requireParentIds(label, names, columns, tally.watch(), rollUp);
    return new ReadResult(
        customers,
        summary(
            new Read(source, label, header, tally, options, customers.size()),
            delimiter,
            currency,
            rollUp,
            converted));
  }

  /** What {@link #summary} reads from: the input, its header, tally and options. */
  private record Read(
      String source,
      String label,
      Header header,
      RowTally tally,
      ReadOptions options,
      int customers) {}

  private static InputSummary summary(
      Read read,
      char delimiter,
      String currency,
      Optional<RollUp> rollUp,
      Optional<CurrencyTable> converted) {
    RowTally tally = read.tally();
    SkippedRows skips = tally.skipped();
    ColumnLayout columns = read.header().columns();
    List<String> names = read.header().names();
    Hints hints = hints(read);
    return new InputSummary(
        read.source(),
        tally.used() + skips.total() + tally.filteredRows(),
        tally.used(),
        skips,
        tally.footerLines(),
        read.header().blankLinesBefore() + tally.blankLines(),
        read.customers(),
        currency,
        names.get(columns.id()),
        names.get(columns.amount()),
        columns.kind(),
        columns.name() < 0 ? "" : names.get(columns.name()),
        delimiter,
        tally.filterCounts(),
        hints.interval(),
        hints.status(),
        hints.factors(),
        reading(read),
        rollUp,
        converted,
        hints.others());
  }

  /**
   * The hints of a read: the cells' interval, count and quantity warnings take the slots the report
   * has for them, the status note its own; the rest are read hints of their own.
   */
  private record Hints(
      Optional<IntervalHint> interval,
      Optional<StatusNote> status,
      FactorHints factors,
      List<ReadHint> others) {}

  private static Hints hints(Read read) {
    List<String> names = read.header().names();
    ColumnLayout columns = read.header().columns();
    ReadOptions options = read.options();
    Optional<IntervalHint> intervalHint = Optional.empty();
    Optional<FactorHints.Column> quantityHint = Optional.empty();
    Optional<FactorHints.Column> countHint = Optional.empty();
    List<ReadHint> readHints = new ArrayList<>();
    List<ReadHint> found =
        WatchPlan.hints(
            read.tally().watch(),
            names,
            columns,
            options,
            read.tally().used(),
            read.customers(),
            options.mrrColumn().isPresent());
    for (ReadHint h : found) {
      switch (h.kind()) {
        case "interval" ->
            intervalHint =
                Optional.of(new IntervalHint(h.column().orElseThrow(), h.values().orElseThrow()));
        case "quantity" ->
            quantityHint =
                Optional.of(
                    new FactorHints.Column(h.column().orElseThrow(), h.values().orElseThrow()));
        case "count" ->
            countHint =
                Optional.of(
                    new FactorHints.Column(h.column().orElseThrow(), h.values().orElseThrow()));
        default -> readHints.add(h);
      }
    }
    Optional<StatusNote> statusNote =
        Optional.ofNullable(read.tally().statusValues())
            .map(v -> statusNote(names, columns.status(), v));
    return new Hints(
        intervalHint,
        unlessWarned(statusNote, readHints),
        new FactorHints(quantityHint, countHint),
        readHints);
  }

  /** No status note when the status warning on the same column says what it would, and more. */
  private static Optional<StatusNote> unlessWarned(
      Optional<StatusNote> statusNote, List<ReadHint> readHints) {
    if (statusNote.isPresent()) {
      String column = statusNote.get().column();
      for (ReadHint h : readHints) {
        if (h.kind().equals("status") && h.column().orElse("").equals(column)) {
          return Optional.empty();
        }
      }
    }
    return statusNote;
  }

  private static AmountReading reading(Read read) {
    List<String> names = read.header().names();
    ColumnLayout columns = read.header().columns();
    return new AmountReading(
        header(names, columns.interval()),
        header(names, columns.intervalCount()),
        header(names, columns.quantity()),
        read.options().minorUnits(),
        LedgerReading.of(names, read.label(), read.options().ledger()));
  }

  private static Optional<String> header(List<String> names, int column) {
    return column < 0 ? Optional.empty() : Optional.of(names.get(column));
  }

  /**
   * The status column's values and the filter that keeps the paying ones: values reading {@code
   * active} or {@code past due} once case, spaces and {@code _} are set aside.
   */
  private static StatusNote statusNote(List<String> names, int column, ValueTally values) {
    StringJoiner keep = new StringJoiner(",");
    for (String v : values.values()) {
      String plain = v.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
      if (plain.equals("active") || plain.equals("pastdue")) {
        keep.add(v);
      }
    }
    Optional<String> where = Optional.empty();
    if (keep.length() > 0) {
      String name = names.get(column).strip();
      // A header holding '=' cannot be named before the filter's '=': its index can.
      String col = name.indexOf('=') >= 0 || name.isEmpty() ? String.valueOf(column + 1) : name;
      where = Optional.of(col + "=" + keep);
    }
    return new StatusNote(names.get(column), values.result(), where);
  }

  /**
   * Under --parent-column, a column whose cells are names, not account ids: no parent cell is the
   * id of a row, and one is a name in the file. Rolled up so, every account would be its own top.
   */
  private static void requireParentIds(
      String label,
      List<String> names,
      ColumnLayout columns,
      CellWatch watch,
      Optional<RollUp> rollUp) {
    if (rollUp.isEmpty() || rollUp.get().parents() == 0) {
      return;
    }
    if (rollUp.get().parentsWithoutRow() < rollUp.get().parents()) {
      return;
    }
    String name = watch.parentName(columns.parent());
    if (name != null) {
      throw new DataException(
          label
              + ": --parent-column \""
              + names.get(columns.parent())
              + "\" holds names, not account ids: no cell in it is an id in \""
              + names.get(columns.id())
              + "\", and \""
              + name
              + "\" is a name in \""
              + names.get(columns.name())
              + "\"; name the column of parent account ids instead");
    }
  }

  /** Every used row's currency needs a rate; the base currency has 1. */
  private static void requireRates(String label, Rates rates, Map<String, Long> firstLines) {
    List<String> missing = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, Long> e : firstLines.entrySet()) {
      if (rates.rate(e.getKey()).isEmpty()) {
        missing.add(e.getKey() + " (first on line " + e.getValue() + ")");
        pairs.add(e.getKey() + "=RATE");
      }
    }
    if (!missing.isEmpty()) {
      boolean one = missing.size() == 1;
      throw new DataException(
          label
              + ": no rate for "
              + String.join(", ", missing)
              + (one ? ", which is not" : ", which are not")
              + " the base currency "
              + rates.base()
              + "; add "
              + (one ? "it" : "them")
              + " to --rates as "
              + String.join(",", pairs)
              + ", RATE being the value of one unit in "
              + rates.base());
    }
  }

  /** The base currency first, then the others by code. */
  private static CurrencyTable currencyTable(Rates rates, Map<String, CurrencyAndRate.Sums> sums) {
    List<CurrencyTable.Line> lines = new ArrayList<>();
    List<String> codes = new ArrayList<>(sums.keySet());
    codes.sort(Comparator.comparing((String c) -> !c.equals(rates.base())).thenComparing(c -> c));
    for (String code : codes) {
      CurrencyAndRate.Sums s = sums.get(code);
      // With a rate column each row has its own rate: the line shows their effect, converted ÷
      // written, to 6 decimals.
      BigDecimal rate =
          rates
              .rate(code)
              .orElseGet(
                  () ->
                      s.written().signum() == 0
                          ? BigDecimal.ONE
                          : s.converted()
                              .divide(s.written(), 6, RoundingMode.HALF_EVEN)
                              .stripTrailingZeros());
      lines.add(new CurrencyTable.Line(code, s.rows(), s.written(), rate, s.converted()));
    }
    return new CurrencyTable(rates.base(), lines);
  }

  private static DataException mixedCurrencies(String label, Map<String, Long> firstLines) {
    StringBuilder codes = new StringBuilder();
    StringBuilder where = new StringBuilder();
    for (Map.Entry<String, Long> e : firstLines.entrySet()) {
      if (codes.length() > 0) {
        codes.append(", ");
        where.append(", ");
      }
      codes.append(PrintableText.clip(e.getKey()));
      where.append(PrintableText.clip(e.getKey())).append(" first on line ").append(e.getValue());
    }
    return new DataException(
        label
            + ": mixed currencies: "
            + codes
            + " ("
            + where
            + "); segment never adds amounts in different currencies: give each one's rate"
            + " with --rates and --base-currency (--rates EUR=1.0823 --base-currency USD), or"
            + " split the file by currency");
  }
}
