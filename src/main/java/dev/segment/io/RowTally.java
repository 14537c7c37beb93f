package dev.segment.io;

import dev.segment.model.CustomerIds;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.DataException;
import dev.segment.model.Rates;
import dev.segment.model.RowFormula;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import dev.segment.text.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * What the data rows of one stretch of the input add up to: customers, skipped and filtered rows,
 * footer and blank lines, the currencies written and where each first appeared, and the values of
 * the columns the report's hints describe. A whole file is one stretch; a large file read in parts
 * has one per part, merged in input order with {@link #absorb}, and line numbers are then relative
 * to the part's first line until it is absorbed.
 */
final class RowTally {
  private static final String[] NO_KEPT = new String[0];
  // Rows read ahead so that their ids' table slots are loaded together (CustomersBuilder.prefetch);
  // 16 and 64 measured the same as 32 (docs/PERFORMANCE.md).
  private static final int PREFETCH = 32;

  private final String label;
  private final int headerSize;
  private final ColumnLayout columns;
  private final MoneyParser money;
  private final CustomersBuilder builder;
  private final SkippedRows.Collector skipped = new SkippedRows.Collector();
  private final Map<String, Long> currencyFirstLines = new TreeMap<>();
  private final String[] lastCurrencyCells;
  // The builder copies kept values when it stores them, so one array serves every row.
  private final String[] keptValues;
  private long line;
  private long used;
  private long footerLines;
  private long blankLines;
  private boolean inFooter;
  private String lastCurrency;

  // --where: each filter's column and the rows filtered under it (the first filter a row fails).
  private final List<RowFilter> filters;
  private final int[] filterColumns;
  private final long[] filtered;
  private final ValueTally statusValues;
  private final ValueTally intervalHintValues;
  private final ValueTally quantityHintValues;
  private final ValueTally countHintValues;

  // The row formula's factors, read only when an option asks (usesFormula): a plain MRR file
  // keeps the long-only path.
  private final boolean usesFormula;
  private final boolean minorUnits;
  private final RowFormula formula = new RowFormula();
  private final String[] lastCurrencyCodes;
  private String lastIntervalCell;
  private int lastPerYear;
  private String lastDigitsCode;
  private int lastDigits = 2;
  // The factors of the row being read, set by readInterval and readQuantity.
  private int perYear;
  private long count;
  private BigDecimal bigCount;
  private long quantityUnscaled;
  private int quantityScale;
  private BigDecimal bigQuantity;

  // --rates and --base-currency (null without): each used row's currency, rate and sums.
  private final Rates rates;
  private final Map<String, CurrencySums> currencySums;

  // SPEC "MRR on a date" (null without its options): the rules, each record's ordinal after the
  // header (--latest names rows by it), and the rows filtered per reason (RULE_*).
  private final RowRules rules;
  private long ordinal;
  private final long[] ruleFiltered = new long[3];
  static final int RULE_OLDER = 0;
  static final int RULE_PERIOD = 1;
  static final int RULE_DATE = 2;

  // The cells the read-hints look at (hints package); see CellWatch.
  private final CellWatch watch;

  RowTally(
      String label,
      int headerSize,
      ColumnLayout columns,
      ReadOptions options,
      RowRules rules,
      CellWatch watch) {
    this.rules = rules;
    this.watch = watch;
    this.label = label;
    this.headerSize = headerSize;
    this.columns = columns;
    this.money = new MoneyParser(options.decimalComma());
    this.builder =
        new CustomersBuilder(columns.kind(), columns.keptHeaders(), columns.parent() >= 0);
    this.lastCurrencyCells = new String[columns.currencies().length];
    this.lastCurrencyCodes = new String[columns.currencies().length];
    if (columns.group() >= 0) {
      builder.grouping();
    }
    this.keptValues = columns.kept().length == 0 ? NO_KEPT : new String[columns.kept().length];
    this.filters = options.where();
    this.filterColumns = columns.filters();
    this.filtered = new long[filterColumns.length];
    this.statusValues = columns.status() < 0 ? null : new ValueTally();
    this.intervalHintValues = columns.intervalHint() < 0 ? null : new ValueTally();
    this.quantityHintValues = columns.quantityHint() < 0 ? null : new ValueTally();
    this.countHintValues = columns.countHint() < 0 ? null : new ValueTally();
    this.usesFormula = options.usesRowFormula();
    this.minorUnits = options.minorUnits();
    this.rates = options.rates().orElse(null);
    this.currencySums = rates == null ? null : new TreeMap<>();
  }

  /** A currency's used rows and their sums before and after its rate. */
  static final class CurrencySums {
    long rows;
    BigDecimal written = BigDecimal.ZERO;
    BigDecimal converted = BigDecimal.ZERO;

    void add(CurrencySums other) {
      rows += other.rows;
      written = written.add(other.written);
      converted = converted.add(other.converted);
    }
  }

  /**
   * Tallies every record {@code records} has left, a few at a time so that their ids' table slots
   * are loaded together (see {@link CustomersBuilder#prefetch}). A record that fails to parse is
   * thrown only after the rows before it are tallied, as one row at a time would.
   */
  void readAll(Records records) throws IOException {
    CSVRecord[] rows = new CSVRecord[PREFETCH];
    long[] lines = new long[PREFETCH];
    String[] ids = new String[PREFETCH];
    int idColumn = columns.id();
    // With --parent-column each row looks up its parent cell too: loaded the same way.
    int parentColumn = columns.parent();
    String[] parents = parentColumn < 0 ? null : new String[PREFETCH];
    Exception failure = null;
    while (failure == null) {
      int n = 0;
      CSVRecord row = null;
      while (n < PREFETCH) {
        try {
          row = records.next();
        } catch (IOException | RuntimeException e) {
          failure = e;
          break;
        }
        if (row == null) {
          break;
        }
        rows[n] = row;
        lines[n] = records.line();
        ids[n] = row.size() > idColumn ? CustomerIds.trim(row.get(idColumn)) : "";
        if (parents != null) {
          parents[n] = row.size() > parentColumn ? CustomerIds.trim(row.get(parentColumn)) : "";
        }
        n++;
      }
      builder.prefetch(ids, n);
      if (parents != null) {
        builder.prefetch(parents, n);
      }
      for (int k = 0; k < n; k++) {
        line = lines[k];
        add(rows[k]);
      }
      if (row == null && failure == null) {
        return;
      }
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    throw (RuntimeException) failure;
  }

  /** The row logic: the hot path, so cells are read by index and nothing is thrown to skip. */
  private void add(CSVRecord row) {
    long rowOrdinal = ordinal++;
    int first = firstNonBlank(row);
    if (first < 0) {
      blankLines++;
      return;
    }
    if (FooterRows.isTotalLabel(row.get(first))) {
      inFooter = true;
      footerLines++;
      return;
    }
    if (inFooter) {
      // Lines after a total that hold one cell are the export's notes; a full row is data again.
      // A note with an unquoted comma ("salesforce.com, inc.") still starts like a note.
      if (firstNonBlankAfter(row, first) < 0 || FooterRows.isNote(row.get(first))) {
        footerLines++;
        return;
      }
      inFooter = false;
    }

    int size = row.size();
    if (size > headerSize && firstNonBlankAfter(row, headerSize - 1) >= 0) {
      skipped.skip(SkipReason.SHIFTED_COLUMNS, line);
      return;
    }
    // --latest picks among all rows, before --where: an expired newest version stays out.
    if (rules != null && rules.olderVersion(rowOrdinal)) {
      ruleFiltered[RULE_OLDER]++;
      return;
    }
    watch.beforeFilters(row, size);
    // Filters come before anything is parsed: a canceled row is not a skipped one.
    for (int f = 0; f < filterColumns.length; f++) {
      if (!filters.get(f).keeps(cell(row, size, filterColumns[f]))) {
        filtered[f]++;
        return;
      }
    }
    if (rules != null && !judged(row, size)) {
      return;
    }
    watch.afterFilters(row, size);
    if (statusValues != null) {
      statusValues.add(cell(row, size, columns.status()));
    }
    if (intervalHintValues != null) {
      intervalHintValues.add(cell(row, size, columns.intervalHint()));
    }
    if (quantityHintValues != null) {
      quantityHintValues.add(cell(row, size, columns.quantityHint()));
    }
    if (countHintValues != null) {
      countHintValues.add(cell(row, size, columns.countHint()));
    }
    String id = CustomerIds.trim(cell(row, size, columns.id()));
    if (id.isEmpty()) {
      skipped.skip(SkipReason.MISSING_ID, line);
      return;
    }
    boolean rollingUp = columns.parent() >= 0;
    if (rollingUp) {
      // Before the amount is read: a row skipped for its amount still names the account's parent.
      builder.row(id, name(row, size), CustomerIds.trim(cell(row, size, columns.parent())));
    }
    String amount = cell(row, size, columns.amount());
    if (amount.isBlank()) {
      skipped.skip(SkipReason.EMPTY_MRR, line);
      return;
    }
    MoneyParser.Outcome outcome = money.parse(amount);
    if (outcome == MoneyParser.Outcome.NOT_A_NUMBER) {
      skipped.skip(SkipReason.NON_NUMERIC_MRR, line);
      return;
    }
    if (usesFormula) {
      if (minorUnits && !money.wholeDigits()) {
        // In cents, "49.99" or "4,999" is not an amount: reading it either way would be a guess.
        skipped.skip(SkipReason.NON_NUMERIC_MRR, line);
        return;
      }
      if (columns.interval() >= 0 && !readInterval(row, size)) {
        skipped.skip(SkipReason.INTERVAL, line);
        return;
      }
      if (columns.quantity() >= 0 && !readQuantity(cell(row, size, columns.quantity()))) {
        skipped.skip(SkipReason.QUANTITY, line);
        return;
      }
    }

    watch.amount(money, outcome == MoneyParser.Outcome.WIDE_NUMBER);
    String written = money.currency();
    if (written != null && rates == null) {
      noteCurrency(written);
    }
    int[] currencyColumns = columns.currencies();
    String columnCode = null;
    for (int k = 0; k < currencyColumns.length; k++) {
      // A cell equal to the column's previous one names a currency already noted.
      String value = cell(row, size, currencyColumns[k]);
      if (!value.equals(lastCurrencyCells[k])) {
        lastCurrencyCells[k] = value;
        String code = Currencies.ofCell(value);
        lastCurrencyCodes[k] = code;
        if (code != null && rates == null) {
          noteCurrency(code);
        }
      }
      if (columnCode == null) {
        columnCode = lastCurrencyCodes[k];
      }
    }
    String rowCode = null;
    BigDecimal rate = BigDecimal.ONE;
    boolean rateInverse = false;
    if (rates != null) {
      if (columnCode != null
          && written != null
          && !Currencies.agree(columnCode, written, money.genericSign())) {
        throw new DataException(
            label
                + ": line "
                + line
                + ": the currency column says "
                + columnCode
                + " but the amount "
                + amount.strip()
                + " is written in "
                + written
                + "; segment converts each row by one currency's rate, so fix the row or the"
                + " column");
      }
      rowCode = columnCode != null ? columnCode : written != null ? written : rates.base();
      if (rules != null && rules.rateColumn() >= 0 && !rowCode.equals(rates.base())) {
        // A rate on each row: the base currency's rows keep 1 whatever the cell says.
        String cell = cell(row, size, rules.rateColumn());
        BigDecimal cellRate = RowRules.rate(cell);
        if (cellRate == null) {
          skipped.skip(SkipReason.RATE, line, cell);
          return;
        }
        noteCurrency(rowCode);
        rate = cellRate;
        rateInverse = rules.rateInverse();
      } else {
        noteCurrency(rowCode);
        rate = rates.rate(rowCode).orElse(null);
        rateInverse = false;
      }
      if (rate == null) {
        // No rate: the read stops once every row is seen, naming each such currency.
        used++;
        return;
      }
    }
    int[] keptColumns = columns.kept();
    for (int k = 0; k < keptColumns.length; k++) {
      keptValues[k] = cell(row, size, keptColumns[k]);
    }
    if (columns.group() >= 0) {
      builder.group(cell(row, size, columns.group()));
    }
    boolean wide = outcome == MoneyParser.Outcome.WIDE_NUMBER;
    long unscaled = wide ? 0 : money.unscaled();
    int scale = money.scale();
    if (usesFormula) {
      int digits = minorUnits ? minorDigits(columnCode != null ? columnCode : written) : 0;
      if (columns.interval() < 0) {
        perYear = 1;
        count = 1;
      }
      if (columns.quantity() < 0) {
        quantityUnscaled = 1;
        quantityScale = 0;
      }
      boolean one = rate.compareTo(BigDecimal.ONE) == 0;
      // The month share of a period or window: times ÷ over; an inverse rate divides too.
      BigDecimal times = rules == null ? BigDecimal.ONE : rules.times();
      long over = rules == null ? 1 : rules.over();
      boolean plainShare = times == BigDecimal.ONE;
      long shareCount = plainShare ? multipliedOrZero(count, over) : 0;
      if (one
          && plainShare
          && shareCount > 0
          && !wide
          && bigCount == null
          && bigQuantity == null
          && formula.fast(
              unscaled, scale, digits, quantityUnscaled, quantityScale, perYear, shareCount)) {
        unscaled = formula.unscaled();
        scale = formula.scale();
        if (rates != null) {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          tallyCurrency(rowCode, value, value);
        }
      } else {
        BigDecimal amountValue =
            wide
                ? new BigDecimal(money.wideUnscaled(), scale)
                : BigDecimal.valueOf(unscaled, scale);
        BigDecimal quantity =
            bigQuantity != null ? bigQuantity : BigDecimal.valueOf(quantityUnscaled, quantityScale);
        BigDecimal intervals = bigCount != null ? bigCount : BigDecimal.valueOf(count);
        RowFormula.Share share =
            rateInverse
                ? new RowFormula.Share(times, BigDecimal.valueOf(over).multiply(rate))
                : new RowFormula.Share(times, BigDecimal.valueOf(over));
        BigDecimal factor = rateInverse ? BigDecimal.ONE : rate;
        BigDecimal value =
            RowFormula.value(amountValue, digits, factor, quantity, perYear, intervals, share);
        if (rates != null) {
          tallyCurrency(
              rowCode,
              one
                  ? value
                  : RowFormula.value(
                      amountValue,
                      digits,
                      BigDecimal.ONE,
                      quantity,
                      perYear,
                      intervals,
                      new RowFormula.Share(times, BigDecimal.valueOf(over))),
              value);
        }
        if (rollingUp) {
          builder.addRow(value.unscaledValue(), value.scale(), keptValues);
        } else {
          builder.add(id, name(row, size), value.unscaledValue(), value.scale(), keptValues);
        }
        used++;
        return;
      }
    }
    if (rollingUp) {
      if (wide) {
        builder.addRow(money.wideUnscaled(), scale, keptValues);
      } else {
        builder.addRow(unscaled, scale, keptValues);
      }
    } else if (wide) {
      builder.add(id, name(row, size), money.wideUnscaled(), scale, keptValues);
    } else {
      builder.add(id, name(row, size), unscaled, scale, keptValues);
    }
    used++;
  }

  /** The period, validity or window rule: false when the row was filtered or skipped by it. */
  private boolean judged(CSVRecord row, int size) {
    switch (rules.judge(row, size, line)) {
      case RowRules.PASS:
        return true;
      case RowRules.FILTER_PERIOD:
        ruleFiltered[RULE_PERIOD]++;
        return false;
      case RowRules.FILTER_DATE:
        ruleFiltered[RULE_DATE]++;
        return false;
      case RowRules.SKIP_DATE:
        skipped.skip(SkipReason.DATE, line, rules.badValue());
        return false;
      case RowRules.SKIP_PERIOD:
        skipped.skip(SkipReason.PERIOD, line);
        return false;
      default:
        throw new IllegalStateException("unknown verdict");
    }
  }

  private void tallyCurrency(String code, BigDecimal written, BigDecimal converted) {
    CurrencySums sums = currencySums.get(code);
    if (sums == null) {
      sums = new CurrencySums();
      currencySums.put(code, sums);
    }
    sums.rows++;
    sums.written = sums.written.add(written);
    sums.converted = sums.converted.add(converted);
  }

  /**
   * Reads the row's billing interval into {@link #perYear} and its count into {@link #count} (or
   * {@link #bigCount} past 18 digits); false when either is not one segment knows.
   */
  private boolean readInterval(CSVRecord row, int size) {
    String cell = cell(row, size, columns.interval());
    if (!cell.equals(lastIntervalCell)) {
      lastIntervalCell = cell;
      lastPerYear = Intervals.perYear(cell);
    }
    perYear = lastPerYear;
    if (perYear == 0) {
      return false;
    }
    count = 1;
    bigCount = null;
    if (columns.intervalCount() < 0) {
      return true;
    }
    String c = cell(row, size, columns.intervalCount()).strip();
    if (c.isEmpty()) {
      return true;
    }
    int first = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
      if (ch == '0' && first == i) {
        first++;
      }
    }
    int digits = c.length() - first;
    if (digits == 0) {
      return false; // 0 intervals a period
    }
    if (digits > 18) {
      bigCount = new BigDecimal(c.substring(first));
    } else {
      count = Long.parseLong(c, first, c.length(), 10);
    }
    return true;
  }

  /**
   * Reads a quantity, a plain decimal ≥ 0 (an empty cell is 1), into {@link #quantityUnscaled} and
   * {@link #quantityScale} (or {@link #bigQuantity} past 18 digits); false when it is not one.
   */
  private boolean readQuantity(String raw) {
    String q = raw.strip();
    bigQuantity = null;
    if (q.isEmpty()) {
      quantityUnscaled = 1;
      quantityScale = 0;
      return true;
    }
    long n = 0;
    int digits = 0;
    int significant = 0;
    int decimals = -1;
    for (int i = 0; i < q.length(); i++) {
      char ch = q.charAt(i);
      if (ch == '.') {
        if (decimals >= 0) {
          return false;
        }
        decimals = 0;
        continue;
      }
      if (ch < '0' || ch > '9') {
        return false;
      }
      digits++;
      if (decimals >= 0) {
        decimals++;
      }
      if (significant > 0 || ch != '0') {
        significant++;
        n = significant <= 18 ? n * 10 + (ch - '0') : n;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (significant > 18) {
      bigQuantity = new BigDecimal(q.startsWith(".") ? "0" + q : q);
      return true;
    }
    quantityUnscaled = n;
    quantityScale = Math.max(0, decimals);
    return true;
  }

  /** {@code a × b}, or 0 when it does not fit a long (then the exact path computes the row). */
  private static long multipliedOrZero(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return (hi == 0 && lo >= 0) ? lo : 0;
  }

  private int minorDigits(String code) {
    if (code == null) {
      return 2;
    }
    if (!code.equals(lastDigitsCode)) {
      lastDigitsCode = code;
      lastDigits = Money.minorDigits(code);
    }
    return lastDigits;
  }

  /**
   * Adds the tally of the stretch that follows this one, whose line numbers start {@code
   * lineOffset} lines after this one's first line. The later tally must not be used again.
   */
  void absorb(RowTally later, long lineOffset) {
    builder.absorb(later.builder);
    watch.absorb(later.watch);
    skipped.absorb(later.skipped, lineOffset);
    for (Map.Entry<String, Long> e : later.currencyFirstLines.entrySet()) {
      currencyFirstLines.putIfAbsent(e.getKey(), e.getValue() + lineOffset);
    }
    used += later.used;
    footerLines += later.footerLines;
    blankLines += later.blankLines;
    for (int f = 0; f < filtered.length; f++) {
      filtered[f] += later.filtered[f];
    }
    for (int r = 0; r < ruleFiltered.length; r++) {
      ruleFiltered[r] += later.ruleFiltered[r];
    }
    if (statusValues != null) {
      statusValues.absorb(later.statusValues);
    }
    if (intervalHintValues != null) {
      intervalHintValues.absorb(later.intervalHintValues);
    }
    if (quantityHintValues != null) {
      quantityHintValues.absorb(later.quantityHintValues);
    }
    if (countHintValues != null) {
      countHintValues.absorb(later.countHintValues);
    }
    if (currencySums != null) {
      for (Map.Entry<String, CurrencySums> e : later.currencySums.entrySet()) {
        currencySums.computeIfAbsent(e.getKey(), k -> new CurrencySums()).add(e.getValue());
      }
    }
  }

  /**
   * True when a value column had more distinct values than are counted one by one: stretches
   * absorbed in order are then not proven to count what one pass counts.
   */
  boolean valuesCapped() {
    return (statusValues != null && statusValues.capped())
        || (intervalHintValues != null && intervalHintValues.capped())
        || (quantityHintValues != null && quantityHintValues.capped())
        || (countHintValues != null && countHintValues.capped());
  }

  /** The rows each rule of SPEC "MRR on a date" filtered out, by {@code RULE_*}. */
  long[] ruleFiltered() {
    return ruleFiltered.clone();
  }

  /** The rows each filter filtered out, in the filters' order. */
  long[] filtered() {
    return filtered.clone();
  }

  /** The status column's values, or null when there is no such column. */
  ValueTally statusValues() {
    return statusValues;
  }

  /** The interval-like column's values, or null when no warning applies. */
  ValueTally intervalHintValues() {
    return intervalHintValues;
  }

  /** The quantity-like column's values, or null when no hint can apply. */
  ValueTally quantityHintValues() {
    return quantityHintValues;
  }

  /** The interval-count-like column's values, or null when no hint can apply. */
  ValueTally countHintValues() {
    return countHintValues;
  }

  /** True after a total row, where the next lines are read as the export's notes. */
  boolean inFooter() {
    return inFooter;
  }

  CellWatch watch() {
    return watch;
  }

  CustomersBuilder builder() {
    return builder;
  }

  SkippedRows skipped() {
    return skipped.result();
  }

  Map<String, Long> currencyFirstLines() {
    return currencyFirstLines;
  }

  /** With {@code --rates}: each used row's currency (the base when it names none) and its sums. */
  Map<String, CurrencySums> currencySums() {
    return currencySums;
  }

  long used() {
    return used;
  }

  long footerLines() {
    return footerLines;
  }

  long blankLines() {
    return blankLines;
  }

  private void noteCurrency(String code) {
    if (!code.equals(lastCurrency)) {
      lastCurrency = code;
      currencyFirstLines.putIfAbsent(code, line);
    }
  }

  private String name(CSVRecord row, int size) {
    return columns.name() < 0 ? "" : cell(row, size, columns.name()).trim();
  }

  private static String cell(CSVRecord row, int size, int column) {
    return column < size ? row.get(column) : "";
  }

  static int firstNonBlank(CSVRecord row) {
    return firstNonBlankAfter(row, -1);
  }

  /** The first non-blank cell after {@code column}, or -1. */
  private static int firstNonBlankAfter(CSVRecord row, int column) {
    for (int i = column + 1, n = row.size(); i < n; i++) {
      if (!row.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
