package dev.segment.rows;

import dev.segment.model.DataException;
import dev.segment.model.Rates;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The row's currency, written in its amount or named by a currency column, with the line each
 * currency first appeared on; with {@code --rates}, the row's rate (from the rates, or from {@code
 * --rate-column} for a row not in the base currency) and each currency's sums before and after it.
 */
public final class CurrencyAndRate extends RowStep {
  private final String label;
  private final int[] columns;
  private final AmountReader money;
  private final Rates rates;
  private final int rateColumn;
  private final boolean rateInverse;
  private final SkippedRows.Collector skipped;
  private final Map<String, Long> firstLines = new TreeMap<>();
  private final Map<String, Sums> sums;
  // A cell equal to its column's previous one names a currency already noted.
  private final String[] lastCells;
  private final String[] lastCodes;
  private String lastNoted;
  private long unrated;

  /**
   * @param columns the columns that state each row's currency
   * @param rates {@code --rates}, or null without
   * @param rateColumn {@code --rate-column} (or its inverse form), or -1
   */
  public CurrencyAndRate(
      String label,
      int[] columns,
      AmountReader money,
      Rates rates,
      int rateColumn,
      boolean rateInverse,
      SkippedRows.Collector skipped) {
    this.label = label;
    this.columns = columns.clone();
    this.money = money;
    this.rates = rates;
    this.rateColumn = rateColumn;
    this.rateInverse = rateInverse;
    this.skipped = skipped;
    this.sums = rates == null ? null : new TreeMap<>();
    this.lastCells = new String[columns.length];
    this.lastCodes = new String[columns.length];
  }

  /** A currency's used rows and their sums before and after its rate. */
  public static final class Sums {
    private long rows;
    private BigDecimal written = BigDecimal.ZERO;
    private BigDecimal converted = BigDecimal.ZERO;

    public long rows() {
      return rows;
    }

    public BigDecimal written() {
      return written;
    }

    public BigDecimal converted() {
      return converted;
    }

    void add(long moreRows, BigDecimal moreWritten, BigDecimal moreConverted) {
      rows += moreRows;
      written = written.add(moreWritten);
      converted = converted.add(moreConverted);
    }
  }

  @Override
  public boolean take(Row row) {
    String written = money.currency();
    row.written = written;
    if (written != null && rates == null) {
      note(written, row.line);
    }
    String columnCode = null;
    for (int k = 0; k < columns.length; k++) {
      String value = row.cell(columns[k]);
      if (!value.equals(lastCells[k])) {
        lastCells[k] = value;
        String code = CurrencyCodes.ofCell(value);
        lastCodes[k] = code;
        if (code != null && rates == null) {
          note(code, row.line);
        }
      }
      if (columnCode == null) {
        columnCode = lastCodes[k];
      }
    }
    row.columnCode = columnCode;
    return rates == null || rated(row);
  }

  /** Under --rates: the row's currency and rate; false when it has none (counted). */
  private boolean rated(Row row) {
    String written = row.written;
    String columnCode = row.columnCode;
    if (columnCode != null
        && written != null
        && !CurrencyCodes.agree(columnCode, written, money.genericSign())) {
      throw disagreeing(row, columnCode, written);
    }
    String code = columnCode != null ? columnCode : written != null ? written : rates.base();
    row.rowCode = code;
    if (rateColumn >= 0 && !code.equals(rates.base())) {
      // A rate on each row: the base currency's rows keep 1 whatever the cell says.
      String cell = row.cell(rateColumn);
      BigDecimal cellRate = rate(cell);
      if (cellRate == null) {
        skipped.skip(SkipReason.RATE, row.line, cell);
        return false;
      }
      note(code, row.line);
      row.rate = cellRate;
      row.rateInverse = rateInverse;
      return true;
    }
    note(code, row.line);
    BigDecimal rate = rates.rate(code).orElse(null);
    if (rate == null) {
      // No rate: the read stops once every row is seen, naming each such currency.
      unrated++;
      return false;
    }
    row.rate = rate;
    return true;
  }

  private DataException disagreeing(Row row, String columnCode, String written) {
    return new DataException(
        label
            + ": line "
            + row.line
            + ": the currency column says "
            + columnCode
            + " but the amount "
            + row.amountCell.strip()
            + " is written in "
            + written
            + "; segment converts each row by one currency's rate, so fix the row or the"
            + " column");
  }

  /**
   * A rate cell as a decimal > 0 (digits with at most one {@code .}), or null: a rate that is
   * empty, not a number or not positive skips the row.
   */
  static BigDecimal rate(String cell) {
    String c = cell.strip();
    int digits = 0;
    boolean point = false;
    boolean nonZero = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '.' && !point) {
        point = true;
      } else if (ch >= '0' && ch <= '9') {
        digits++;
        nonZero |= ch != '0';
      } else {
        return null;
      }
    }
    if (digits == 0 || !nonZero) {
      return null;
    }
    return new BigDecimal(c.endsWith(".") ? c.substring(0, c.length() - 1) : c);
  }

  private void note(String code, long line) {
    if (!code.equals(lastNoted)) {
      lastNoted = code;
      firstLines.putIfAbsent(code, line);
    }
  }

  /** True under --rates: the sum step tallies each used row's currency sums here. */
  boolean converts() {
    return sums != null;
  }

  /** Adds a used row's amount as written and as converted under its currency. */
  void tally(String code, BigDecimal written, BigDecimal converted) {
    Sums s = sums.get(code);
    if (s == null) {
      s = new Sums();
      sums.put(code, s);
    }
    s.add(1, written, converted);
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    CurrencyAndRate l = (CurrencyAndRate) later;
    for (Map.Entry<String, Long> e : l.firstLines.entrySet()) {
      firstLines.putIfAbsent(e.getKey(), e.getValue() + lineOffset);
    }
    unrated += l.unrated;
    if (sums != null) {
      for (Map.Entry<String, Sums> e : l.sums.entrySet()) {
        Sums s = e.getValue();
        sums.computeIfAbsent(e.getKey(), k -> new Sums()).add(s.rows, s.written, s.converted);
      }
    }
  }

  /** Rows used without a rate for their currency: the read names those currencies and stops. */
  @Override
  public long used() {
    return unrated;
  }

  /** Each currency noted and the line it first appeared on, by code. */
  public Map<String, Long> firstLines() {
    return firstLines;
  }

  /** With {@code --rates}: each used row's currency (the base when it names none) and its sums. */
  public Map<String, Sums> sums() {
    return sums;
  }
}
