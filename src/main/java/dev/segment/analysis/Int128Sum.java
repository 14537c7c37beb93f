package dev.segment.analysis;

import java.math.BigInteger;

/**
 * A running sum of longs in 128-bit two's complement, so that millions of amounts near the long
 * range add up exactly without a {@link BigInteger} per addition.
 */
final class Int128Sum {
  private static final BigInteger LOW_WORD = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private long high;
  private long low;

  void add(long value) {
    long sum = low + value;
    // Unsigned carry out of the low word, plus the sign extension of value into the high word.
    long carry = Long.compareUnsigned(sum, low) < 0 ? 1 : 0;
    high += (value >> 63) + carry;
    low = sum;
  }

  BigInteger toBigInteger() {
    return BigInteger.valueOf(high).shiftLeft(64).add(BigInteger.valueOf(low).and(LOW_WORD));
  }
}
