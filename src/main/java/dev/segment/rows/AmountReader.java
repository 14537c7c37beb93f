package dev.segment.rows;

import java.math.BigInteger;

/**
 * A money cell as {@code io}'s money parser reads it, seen by the steps that need an amount: the
 * amount step, the watch of used amounts and the range filters. One instance is reused row after
 * row and is not thread-safe; after {@link #read} the accessors describe the last cell.
 */
public interface AmountReader {

  /** What {@link #read} found. */
  enum Outcome {
    NUMBER,
    NOT_A_NUMBER,
    /** Well formed, with more significant digits than a long holds: see {@link #wideUnscaled}. */
    WIDE_NUMBER
  }

  /** Makes a reader, one per tally (and per decimal mark), since a reader holds its last cell. */
  interface Maker {
    AmountReader make(boolean decimalComma);
  }

  Outcome read(String cell);

  long unscaled();

  BigInteger wideUnscaled();

  int scale();

  /** True when the number was written with digits only (no decimal or thousands mark). */
  boolean wholeDigits();

  /** True when the currency was written as a generic sign ($, ¥). */
  boolean genericSign();

  /** The currency written in the cell, or null. */
  String currency();
}
