package dev.segment.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code --base-currency} and {@code --rates}: the currency every amount is converted into, and the
 * value of one unit of each other currency in it. The base currency's rate is 1 whether given or
 * not; codes are upper-case ISO 4217.
 *
 * @param base the base currency's code
 * @param rates each currency's rate into the base currency, > 0 (may be empty: {@code
 *     --base-currency} alone)
 */
public record Rates(String base, Map<String, BigDecimal> rates) {
  public Rates {
    rates = Map.copyOf(new TreeMap<>(rates));
    for (BigDecimal rate : rates.values()) {
      if (!isRate(rate)) {
        throw new IllegalArgumentException("a rate must be > 0, got " + rate.toPlainString());
      }
    }
    Optional<BigDecimal> own = wrongBaseRate(base, rates);
    if (own.isPresent()) {
      throw new IllegalArgumentException(
          "the base currency's own rate must be 1, got " + own.get().toPlainString());
    }
  }

  /** SPEC: a rate is a decimal > 0. Every reader of a rate asks this. */
  public static boolean isRate(BigDecimal rate) {
    return rate.signum() > 0;
  }

  /**
   * The rate {@code rates} gives the base currency itself when it is not 1 (a rate is the value of
   * one unit in the base currency, so the base's is 1), else empty.
   */
  public static Optional<BigDecimal> wrongBaseRate(String base, Map<String, BigDecimal> rates) {
    BigDecimal own = rates.get(base);
    return own != null && own.compareTo(BigDecimal.ONE) != 0 ? Optional.of(own) : Optional.empty();
  }

  /** The rate of {@code code} into the base currency: 1 for the base, empty when not given. */
  public Optional<BigDecimal> rate(String code) {
    if (code.equals(base)) {
      return Optional.of(BigDecimal.ONE);
    }
    return Optional.ofNullable(rates.get(code));
  }
}
