package dev.segment.chart;

import dev.segment.text.MoneyText;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis tick labels for JFreeChart: money ({@code $5K}) or a percentage ({@code 80%}). */
final class TickFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;

  private final transient MoneyText money;

  private TickFormat(MoneyText money) {
    this.money = money;
  }

  static TickFormat money(MoneyText money) {
    return new TickFormat(money);
  }

  static TickFormat percent() {
    return new TickFormat(null);
  }

  @Override
  public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
    if (money != null) {
      return toAppendTo.append(money.tick(number));
    }
    long whole = Math.round(number);
    String digits =
        Math.abs(number - whole) < 1e-9
            ? Long.toString(whole)
            : Double.toString(Math.round(number * 100) / 100.0);
    return toAppendTo.append(digits).append('%');
  }

  @Override
  public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
    return format((double) number, toAppendTo, pos);
  }

  /** Ticks are only ever written, never read back. */
  @Override
  public Number parse(String source, ParsePosition parsePosition) {
    throw new UnsupportedOperationException("tick labels are not parsed");
  }
}
