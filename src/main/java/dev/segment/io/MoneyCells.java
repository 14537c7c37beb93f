package dev.segment.io;

import dev.segment.rows.AmountReader;
import java.math.BigInteger;

/** {@link MoneyParser} as the row steps read amounts ({@link AmountReader}). */
final class MoneyCells implements AmountReader {
  private final MoneyParser money;

  MoneyCells(boolean decimalComma) {
    this.money = new MoneyParser(decimalComma);
  }

  @Override
  public Outcome read(String cell) {
    return switch (money.parse(cell)) {
      case NUMBER -> Outcome.NUMBER;
      case NOT_A_NUMBER -> Outcome.NOT_A_NUMBER;
      case WIDE_NUMBER -> Outcome.WIDE_NUMBER;
    };
  }

  @Override
  public long unscaled() {
    return money.unscaled();
  }

  @Override
  public BigInteger wideUnscaled() {
    return money.wideUnscaled();
  }

  @Override
  public int scale() {
    return money.scale();
  }

  @Override
  public boolean wholeDigits() {
    return money.wholeDigits();
  }

  @Override
  public boolean genericSign() {
    return money.genericSign();
  }

  @Override
  public String currency() {
    return money.currency();
  }
}
