package dev.segment.io;

import dev.segment.model.Rates;
import dev.segment.rows.RowFilter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to read the input. An empty option means detect it; a column option is a header name (matched
 * exactly first, then after normalising) or a 1-based index such as {@code "3"}.
 *
 * @param arrColumn read annual amounts from this column instead of MRR (MRR = ARR / 12); it cannot
 *     be combined with {@code mrrColumn}
 * @param decimalComma read {@code 1.234,50} as 1234.50
 * @param where {@code --where} filters, every one of which a row must pass to be read
 * @param intervalColumn the amounts are prices per billing interval named in this column; each
 *     row's value is then annual (read as ARR)
 * @param intervalCountColumn intervals per billing period (only with {@code intervalColumn})
 * @param quantityColumn units billed, multiplying each row's amount
 * @param minorUnits amounts are whole numbers of the currency's minor unit (cents)
 * @param parentColumn roll each row up to its top parent account through this column's account ids
 *     ({@code --parent-column})
 * @param rates {@code --base-currency} and {@code --rates}: each row is converted into the base
 *     currency by its currency's rate
 * @param ledger the options of SPEC "MRR on a date" (dates, periods, versions, rate columns)
 */
public record ReadOptions(
    Charset encoding,
    Optional<Character> delimiter,
    Optional<String> idColumn,
    Optional<String> mrrColumn,
    Optional<String> arrColumn,
    Optional<String> nameColumn,
    boolean decimalComma,
    KeepColumns keep,
    List<RowFilter> where,
    Optional<String> intervalColumn,
    Optional<String> intervalCountColumn,
    Optional<String> quantityColumn,
    boolean minorUnits,
    Optional<String> parentColumn,
    Optional<Rates> rates,
    LedgerOptions ledger,
    Optional<String> groupColumn) {

  public ReadOptions {
    if (encoding == null
        || delimiter == null
        || idColumn == null
        || mrrColumn == null
        || arrColumn == null
        || nameColumn == null
        || keep == null
        || where == null
        || intervalColumn == null
        || intervalCountColumn == null
        || quantityColumn == null
        || parentColumn == null
        || rates == null
        || ledger == null
        || groupColumn == null) {
      throw new NullPointerException("read options must not be null; use Optional.empty()");
    }
    where = List.copyOf(where);
    refuseAmountConflicts(
        mrrColumn, arrColumn, intervalColumn, intervalCountColumn, quantityColumn, rates, ledger);
    refuseDelimiter(delimiter);
  }

  /** The amount options that contradict each other, across the option groups. */
  private static void refuseAmountConflicts(
      Optional<String> mrrColumn,
      Optional<String> arrColumn,
      Optional<String> intervalColumn,
      Optional<String> intervalCountColumn,
      Optional<String> quantityColumn,
      Optional<Rates> rates,
      LedgerOptions ledger) {
    if (intervalCountColumn.isPresent() && intervalColumn.isEmpty()) {
      throw new IllegalArgumentException(
          "--interval-count-column needs --interval-column: the count says how many of the"
              + " interval's units one billing period holds");
    }
    if (arrColumn.isPresent() && (intervalColumn.isPresent() || quantityColumn.isPresent())) {
      throw new IllegalArgumentException(
          (intervalColumn.isPresent() ? "--interval-column" : "--quantity-column")
              + " cannot be used with --arr-column: name the price column with --mrr-column"
              + " instead (with --interval-column each row's value is made annual)");
    }
    if (mrrColumn.isPresent() && arrColumn.isPresent()) {
      throw new IllegalArgumentException(
          "--arr-column and --mrr-column cannot be used together: pick the one column"
              + " that holds the amounts");
    }
    if (ledger.periodColumns().isPresent()) {
      String other =
          intervalColumn.isPresent()
              ? "--interval-column"
              : intervalCountColumn.isPresent()
                  ? "--interval-count-column"
                  : arrColumn.isPresent() ? "--arr-column" : null;
      if (other != null) {
        throw new IllegalArgumentException(
            "--period-columns cannot be used with "
                + other
                + ": each row's service period says how many months its amount pays for; leave "
                + other
                + " out");
      }
    }
    if (ledger.rateColumn().isPresent() && rates.isEmpty()) {
      throw new IllegalArgumentException(
          (ledger.rateInverse() ? "--rate-column-inverse" : "--rate-column")
              + " needs --base-currency, the currency its rates convert into (e.g."
              + " --base-currency USD)");
    }
  }

  private static void refuseDelimiter(Optional<Character> delimiter) {
    if (delimiter.isPresent()) {
      char d = delimiter.get();
      if (d == '"' || d == '\r' || d == '\n') {
        throw new IllegalArgumentException(
            "the delimiter cannot be a quote or a line break; use one of , ; | or TAB");
      }
    }
  }

  /**
   * The file's form and its customer columns ({@code --encoding}, {@code --delimiter}, the id,
   * amount and name columns, {@code --decimal-comma}); an empty one is detected.
   */
  public record Columns(
      Charset encoding,
      Optional<Character> delimiter,
      Optional<String> idColumn,
      Optional<String> mrrColumn,
      Optional<String> arrColumn,
      Optional<String> nameColumn,
      boolean decimalComma) {}

  /**
   * The options of billing exports: the {@code --where} filters, the interval, count and quantity
   * factors, cents, and the parent account column.
   */
  public record Billing(
      List<RowFilter> where,
      Optional<String> intervalColumn,
      Optional<String> intervalCountColumn,
      Optional<String> quantityColumn,
      boolean minorUnits,
      Optional<String> parentColumn) {
    public Billing {
      where = List.copyOf(where);
    }
  }

  /**
   * The read options of the command line's groups, checked together here (a combination of two
   * groups' options is this record's to refuse).
   */
  public static ReadOptions of(
      Columns columns,
      Billing billing,
      KeepColumns keep,
      Optional<Rates> rates,
      LedgerOptions ledger,
      Optional<String> groupColumn) {
    return new ReadOptions(
        columns.encoding(),
        columns.delimiter(),
        columns.idColumn(),
        columns.mrrColumn(),
        columns.arrColumn(),
        columns.nameColumn(),
        columns.decimalComma(),
        keep,
        billing.where(),
        billing.intervalColumn(),
        billing.intervalCountColumn(),
        billing.quantityColumn(),
        billing.minorUnits(),
        billing.parentColumn(),
        rates,
        ledger,
        groupColumn);
  }

  /**
   * True when a row's value needs the row formula rather than the amount as read: the plain MRR
   * file keeps its long-only path.
   */
  public boolean usesRowFormula() {
    return minorUnits
        || intervalColumn.isPresent()
        || quantityColumn.isPresent()
        || rates.isPresent()
        || ledger.usesRowFormula();
  }

  /** These options with {@code value} as the ledger options (what a first pass found added). */
  public ReadOptions withLedger(LedgerOptions value) {
    return new ReadOptions(
        encoding,
        delimiter,
        idColumn,
        mrrColumn,
        arrColumn,
        nameColumn,
        decimalComma,
        keep,
        where,
        intervalColumn,
        intervalCountColumn,
        quantityColumn,
        minorUnits,
        parentColumn,
        rates,
        value,
        groupColumn);
  }

  /** UTF-8, delimiter and columns detected, a decimal point, no kept columns. */
  public static ReadOptions defaults() {
    return builder().build();
  }

  /** A builder that starts from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Read options set one at a time from the defaults; {@link #build} validates them together. */
  public static final class Builder {
    private Charset encoding = StandardCharsets.UTF_8;
    private Optional<Character> delimiter = Optional.empty();
    private Optional<String> idColumn = Optional.empty();
    private Optional<String> mrrColumn = Optional.empty();
    private Optional<String> arrColumn = Optional.empty();
    private Optional<String> nameColumn = Optional.empty();
    private boolean decimalComma;
    private KeepColumns keep = KeepColumns.NONE;
    private List<RowFilter> where = new ArrayList<>();
    private Optional<String> intervalColumn = Optional.empty();
    private Optional<String> intervalCountColumn = Optional.empty();
    private Optional<String> quantityColumn = Optional.empty();
    private boolean minorUnits;
    private Optional<String> parentColumn = Optional.empty();
    private Optional<Rates> rates = Optional.empty();
    private LedgerOptions ledger = LedgerOptions.NONE;
    private Optional<String> groupColumn = Optional.empty();

    private Builder() {}

    public Builder ledger(LedgerOptions value) {
      ledger = value;
      return this;
    }

    public Builder encoding(Charset value) {
      encoding = value;
      return this;
    }

    public Builder delimiter(char value) {
      delimiter = Optional.of(value);
      return this;
    }

    public Builder idColumn(String value) {
      idColumn = Optional.of(value);
      return this;
    }

    public Builder mrrColumn(String value) {
      mrrColumn = Optional.of(value);
      return this;
    }

    public Builder arrColumn(String value) {
      arrColumn = Optional.of(value);
      return this;
    }

    public Builder nameColumn(String value) {
      nameColumn = Optional.of(value);
      return this;
    }

    public Builder decimalComma(boolean value) {
      decimalComma = value;
      return this;
    }

    public Builder keep(KeepColumns value) {
      keep = value;
      return this;
    }

    public Builder where(List<RowFilter> value) {
      where = new ArrayList<>(value);
      return this;
    }

    /** Adds one filter, parsed as {@code --where} reads it. */
    public Builder where(String expression) {
      where.add(RowFilter.parse(expression));
      return this;
    }

    public Builder intervalColumn(String value) {
      intervalColumn = Optional.of(value);
      return this;
    }

    public Builder intervalCountColumn(String value) {
      intervalCountColumn = Optional.of(value);
      return this;
    }

    public Builder quantityColumn(String value) {
      quantityColumn = Optional.of(value);
      return this;
    }

    public Builder minorUnits(boolean value) {
      minorUnits = value;
      return this;
    }

    public Builder parentColumn(String value) {
      parentColumn = Optional.of(value);
      return this;
    }

    public Builder rates(Rates value) {
      rates = Optional.of(value);
      return this;
    }

    /** {@code --group-by}: cut each group's customers on its own curve. */
    public Builder groupColumn(String value) {
      groupColumn = Optional.of(value);
      return this;
    }

    public ReadOptions build() {
      return new ReadOptions(
          encoding,
          delimiter,
          idColumn,
          mrrColumn,
          arrColumn,
          nameColumn,
          decimalComma,
          keep,
          where,
          intervalColumn,
          intervalCountColumn,
          quantityColumn,
          minorUnits,
          parentColumn,
          rates,
          ledger,
          groupColumn);
    }
  }
}
