package dev.segment.rows;

import dev.segment.dates.CellDates;
import dev.segment.dates.DateFormat;
import dev.segment.text.PrintableText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --where} expression: an {@link Equality} ({@code COL=V1,V2}, {@code COL!=V1,V2}) or a
 * {@link Range} ({@code COL<V}, {@code COL<=V}, {@code COL>V}, {@code COL>=V}). The first operator
 * in the expression splits it. A row that fails one is filtered, counted under the expression
 * ({@link Filters}).
 *
 * <p>A new kind of filter is one class here, permitted below and read by {@link #parse}: it names
 * its columns ({@link #columns()}, resolved by {@code io} like the first), and {@link #keeps} reads
 * their cells by position.
 */
public sealed interface RowFilter permits RowFilter.Equality, RowFilter.Range {

  /** The expression as given, which the report counts filtered rows under. */
  String expression();

  /** The column named before the operator, trimmed: the first of {@link #columns()}. */
  String column();

  /** Every column this filter reads, the first being {@link #column()}. */
  default List<String> columns() {
    return List.of(column());
  }

  /** True when a row whose cells of {@link #columns()} are {@code cells} passes this filter. */
  boolean keeps(FilterCells cells);

  /**
   * {@code COL=V1,V2} keeps a row whose COL cell is one of the values, {@code COL!=V1,V2} one whose
   * cell is none of them. Cells and values are compared trimmed and ignoring case; an empty value
   * matches an empty cell.
   *
   * @param negated true for {@code !=}
   * @param values the values after the operator, trimmed
   */
  record Equality(String expression, String column, boolean negated, List<String> values)
      implements RowFilter {

    public Equality {
      values = List.copyOf(values);
      requireColumn(expression, column, "=");
    }

    @Override
    public boolean keeps(FilterCells cells) {
      String c = cells.get(0).strip();
      for (String v : values) {
        if (v.equalsIgnoreCase(c)) {
          return !negated;
        }
      }
      return negated;
    }
  }

  /** The comparison of a range filter. */
  enum Comparison {
    LESS("<"),
    AT_MOST("<="),
    GREATER(">"),
    AT_LEAST(">=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** True when a cell comparing {@code sign} to the bound (as compareTo does) passes. */
    boolean holds(int sign) {
      return switch (this) {
        case LESS -> sign < 0;
        case AT_MOST -> sign <= 0;
        case GREATER -> sign > 0;
        case AT_LEAST -> sign >= 0;
      };
    }
  }

  /**
   * {@code COL<V}, {@code COL<=V}, {@code COL>V}, {@code COL>=V}: V a date compares cells as dates
   * (the calendar date as written), else V a plain number compares cells read as amounts ({@code
   * $1,234.50}, {@code (120.00)}); a cell of another kind fails the filter.
   *
   * @param day V as an epoch day when V is a date, else {@link CellDates#NOT_A_DATE}
   * @param number V when it is a plain number and no date, else null
   * @param format how dates in cells are written
   * @param decimalComma cells are read as amounts with a decimal comma
   */
  record Range(
      String expression,
      String column,
      Comparison comparison,
      int day,
      BigDecimal number,
      DateFormat format,
      boolean decimalComma)
      implements RowFilter {

    public Range {
      requireColumn(expression, column, comparison.symbol());
      if (CellDates.isDate(day) == (number != null)) {
        throw new IllegalArgumentException("a range filter's bound is a date or a number");
      }
    }

    /** True when V is a date and cells are compared as dates. */
    public boolean byDate() {
      return number == null;
    }

    @Override
    public boolean keeps(FilterCells cells) {
      String cell = cells.get(0);
      if (byDate()) {
        int d = CellDates.epochDay(cell, format);
        return CellDates.isDate(d) && comparison.holds(Integer.compare(d, day));
      }
      // The tally's reader: filters are shared by the parts of a parted read, readers are not.
      AmountReader money = cells.amounts(decimalComma);
      AmountReader.Outcome outcome = money.read(cell);
      if (outcome == AmountReader.Outcome.NOT_A_NUMBER || cell.isBlank()) {
        return false;
      }
      BigDecimal value =
          outcome == AmountReader.Outcome.WIDE_NUMBER
              ? new BigDecimal(money.wideUnscaled(), money.scale())
              : BigDecimal.valueOf(money.unscaled(), money.scale());
      return comparison.holds(value.compareTo(number));
    }
  }

  private static void requireColumn(String expression, String column, String operator) {
    if (column.isBlank()) {
      throw new IllegalArgumentException(
          "--where \""
              + PrintableText.clip(expression)
              + "\" names no column before the '"
              + operator
              + "'; write COL"
              + operator
              + "VALUE");
    }
  }

  /** {@link #parse(String, DateFormat, boolean)} with ISO dates and a decimal point. */
  public static RowFilter parse(String expression) {
    return parse(expression, DateFormat.ISO, false);
  }

  /**
   * Reads an expression; the first of {@code !=}, {@code =}, {@code <=}, {@code >=}, {@code <},
   * {@code >} in it splits it.
   *
   * @throws IllegalArgumentException when it has no operator, no column, or a range bound that is
   *     neither a date nor a number (a usage error)
   */
  public static RowFilter parse(String expression, DateFormat format, boolean decimalComma) {
    int at = -1;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '=' || c == '<' || c == '>') {
        at = i;
        break;
      }
    }
    if (at < 0) {
      throw new IllegalArgumentException(
          "--where \""
              + PrintableText.clip(expression)
              + "\" has no '=': write COL=V1,V2 to keep rows whose COL is one of the values,"
              + " COL!=V1,V2 to drop them, or COL<V, COL<=V, COL>V, COL>=V for a date or number"
              + " range, e.g. --where \"Status=active,past_due\"");
    }
    char op = expression.charAt(at);
    if (op == '=') {
      boolean negated = at > 0 && expression.charAt(at - 1) == '!';
      String column = expression.substring(0, negated ? at - 1 : at).strip();
      List<String> values = new ArrayList<>();
      for (String v : expression.substring(at + 1).split(",", -1)) {
        values.add(v.strip());
      }
      return new Equality(expression, column, negated, values);
    }
    boolean orEqual = at + 1 < expression.length() && expression.charAt(at + 1) == '=';
    Comparison comparison =
        op == '<'
            ? (orEqual ? Comparison.AT_MOST : Comparison.LESS)
            : (orEqual ? Comparison.AT_LEAST : Comparison.GREATER);
    String column = expression.substring(0, at).strip();
    String bound = expression.substring(at + (orEqual ? 2 : 1)).strip();
    int day = CellDates.epochDay(bound, format);
    if (CellDates.isDate(day)) {
      return new Range(expression, column, comparison, day, null, format, decimalComma);
    }
    BigDecimal number = plainNumber(bound, decimalComma);
    if (number == null) {
      throw new IllegalArgumentException(
          "--where \""
              + PrintableText.clip(expression)
              + "\" compares with \""
              + PrintableText.clip(bound)
              + "\", which is neither a date nor a number: write a date as 2024-12-15 (or as"
              + " --date-format says, with a 4-digit year) or a plain number such as 0 or"
              + " 1234.50");
    }
    return new Range(
        expression, column, comparison, CellDates.NOT_A_DATE, number, format, decimalComma);
  }

  /** An optional {@code -}, digits and at most one decimal separator, or null. */
  private static BigDecimal plainNumber(String s, boolean decimalComma) {
    char point = decimalComma ? ',' : '.';
    int i = s.startsWith("-") ? 1 : 0;
    int digits = 0;
    boolean seen = false;
    StringBuilder plain = new StringBuilder(s.length());
    if (i == 1) {
      plain.append('-');
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == point && !seen) {
        seen = true;
        plain.append('.');
      } else if (c >= '0' && c <= '9') {
        digits++;
        plain.append(c);
      } else {
        return null;
      }
    }
    if (digits == 0) {
      return null;
    }
    String p = plain.toString();
    return new BigDecimal(p.endsWith(".") ? p + "0" : p);
  }
}
