package dev.segment.io;

import dev.segment.rows.CurrencyCodes;
import java.math.BigInteger;

/**
 * Reads one money cell as exports write it ({@code $1,234.50}, {@code (120.00)}, {@code 1234 EUR},
 * {@code 1.234,50} with a decimal comma) into an unscaled long (or, past 18 significant digits, a
 * {@link BigInteger}), its scale and the currency written in it. A small hand-written scanner,
 * because it runs on every row; one instance is reused row after row and is not thread-safe.
 *
 * <p>The grammar: an optional currency mark, opening parenthesis or minus before the number (a
 * minus and parentheses never together; a minus touches the digits and comes after a code but never
 * after a sign), the number, then an optional currency mark and the closing parenthesis. Thousands
 * separators must form groups of three after a first group of one to three digits. At most one mark
 * on each side; a generic sign ({@code $}, {@code ¥}) yields to a code on the other side ({@code
 * $5.00 CAD} is CAD), two different currencies are not a number.
 */
final class MoneyParser {
  /** What {@link #parse} found. */
  enum Outcome {
    NUMBER,
    NOT_A_NUMBER,
    /** Well formed, with more significant digits than a long holds: see {@link #wideUnscaled}. */
    WIDE_NUMBER
  }

  /** A long holds every 18-digit number. */
  static final int MAX_DIGITS = 18;

  private final char decimalMark;
  private final char groupMark;
  private final boolean spaceGroups;

  private String text;
  private int pos;
  private int end;
  private String markCode;
  private boolean markGeneric;
  private long unscaled;
  private int scale;
  private boolean wholeDigits;
  private int numberStart;
  private int numberEnd;
  private boolean negativeNumber;
  // The scan so far: fields rather than locals so each part of the grammar is its own method,
  // with nothing allocated per cell.
  private boolean minus;
  private boolean open;
  private long value;
  private int significant;
  private int intDigits;
  private int fracDigits;
  private char groupUsed;
  private boolean decimal;

  /**
   * With {@code decimalComma}, {@code ,} is the decimal mark and {@code .} or a space separates
   * thousands ({@code 1.234,50}, {@code 1 234,50}); otherwise {@code .} and {@code ,}.
   */
  MoneyParser(boolean decimalComma) {
    this.decimalMark = decimalComma ? ',' : '.';
    this.groupMark = decimalComma ? '.' : ',';
    this.spaceGroups = decimalComma;
  }

  /** Reads {@code cell}; after {@link Outcome#NUMBER} the accessors describe the amount. */
  Outcome parse(String cell) {
    start(cell);
    if (!readPrefix() || !readNumber() || !readSuffix()) {
      return Outcome.NOT_A_NUMBER;
    }
    negativeNumber = minus || open;
    scale = fracDigits;
    wholeDigits = !decimal && groupUsed == 0;
    if (significant > MAX_DIGITS) {
      return Outcome.WIDE_NUMBER;
    }
    unscaled = negativeNumber ? -value : value;
    return Outcome.NUMBER;
  }

  /** Resets the scan to {@code cell} without its surrounding spaces. */
  private void start(String cell) {
    text = cell;
    pos = 0;
    end = cell.length();
    markCode = null;
    markGeneric = false;
    unscaled = 0;
    scale = 0;
    minus = false;
    open = false;
    value = 0;
    significant = 0;
    intDigits = 0;
    fracDigits = 0;
    groupUsed = 0;
    skipSpaces();
    while (end > pos && isSpace(cell.charAt(end - 1))) {
      end--;
    }
  }

  /** What comes before the digits: a currency mark, an opening parenthesis or a minus. */
  private boolean readPrefix() {
    boolean prefixMark = false;
    boolean prefixSymbol = false;
    while (pos < end) {
      char c = text.charAt(pos);
      if (startsNumber(c)) {
        return true;
      }
      if (c == '-') {
        // SPEC's negatives are -120, (120.00), ($120.00) and $(120.00); "anything else is
        // non-numeric", so the minus must touch the digits and may follow a code (USD -120) but
        // not a sign ($-120, -$120) or a space (- 120).
        boolean touchesNumber = pos + 1 < end && startsNumber(text.charAt(pos + 1));
        if (minus || !touchesNumber || (prefixMark && prefixSymbol)) {
          return false;
        }
        minus = true;
        pos++;
      } else if (c == '(') {
        if (open) {
          return false;
        }
        open = true;
        pos++;
      } else if (prefixMark || minus || !readMark()) {
        return false;
      } else {
        prefixMark = true;
        prefixSymbol = !Character.isLetter(text.charAt(pos - 1));
      }
      if (minus && open) {
        // "(-5)" and "-(5)": parentheses already say negative, a second sign is a typo or worse.
        return false;
      }
      skipSpaces();
    }
    return true;
  }

  /** The digits, thousands groups and decimals; false when there are none or a group is wrong. */
  private boolean readNumber() {
    numberStart = pos;
    while (pos < end && isDigit(text.charAt(pos))) {
      addDigit(text.charAt(pos++));
      intDigits++;
    }
    if (!readGroups()) {
      return false;
    }
    decimal = pos < end && text.charAt(pos) == decimalMark;
    if (decimal) {
      pos++;
      while (pos < end && isDigit(text.charAt(pos))) {
        addDigit(text.charAt(pos++));
        fracDigits++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return false;
    }
    numberEnd = pos;
    return true;
  }

  /**
   * Thousands groups after the first digits: each a separator and exactly three digits, one kind of
   * separator, after a first group of one to three digits that is not a leading zero.
   */
  private boolean readGroups() {
    int firstGroup = intDigits;
    while (pos < end) {
      char c = text.charAt(pos);
      boolean space = spaceGroups && isSpace(c);
      if (c != groupMark && !space) {
        return true;
      }
      if (!threeDigitsAt(pos + 1)) {
        return space; // "1234 EUR": the space ends the number
      }
      if ((groupUsed != 0 && c != groupUsed)
          || firstGroup == 0
          || firstGroup > 3
          || text.charAt(numberStart) == '0') {
        return false;
      }
      groupUsed = c;
      addDigit(text.charAt(pos + 1));
      addDigit(text.charAt(pos + 2));
      addDigit(text.charAt(pos + 3));
      pos += 4;
      intDigits += 3;
    }
    return true;
  }

  /**
   * Counts one digit and adds it to the long while it holds them all; leading zeros are not
   * significant.
   */
  private void addDigit(char c) {
    int d = c - '0';
    if (significant > 0 || d != 0) {
      significant++;
    }
    value = value * 10 + (significant <= MAX_DIGITS ? d : 0);
  }

  /** What comes after the digits: a currency mark and the closing parenthesis. */
  private boolean readSuffix() {
    skipSpaces();
    boolean closed = false;
    boolean suffixMark = false;
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == ')') {
        if (!open || closed) {
          return false;
        }
        closed = true;
        pos++;
      } else if (suffixMark || !readMark()) {
        return false;
      } else {
        suffixMark = true;
      }
      skipSpaces();
    }
    return open == closed;
  }

  /**
   * After {@link Outcome#WIDE_NUMBER}: the amount's digits without the decimal mark, negative when
   * the amount is. Built from the cell's text again: such amounts are rare, and a long ends at 18.
   */
  BigInteger wideUnscaled() {
    StringBuilder digits = new StringBuilder(numberEnd - numberStart + 1);
    if (negativeNumber) {
      digits.append('-');
    }
    for (int k = numberStart; k < numberEnd; k++) {
      char c = text.charAt(k);
      if (isDigit(c)) {
        digits.append(c);
      }
    }
    return new BigInteger(digits.toString());
  }

  /**
   * After {@link Outcome#NUMBER}: the amount's digits without the decimal mark, negative when the
   * amount is.
   */
  long unscaled() {
    return unscaled;
  }

  /** How many decimals the cell wrote: {@code 1234.50} has 2. */
  int scale() {
    return scale;
  }

  /**
   * True when the number was written as digits alone, without a decimal mark or thousands
   * separator: {@code --minor-units} reads only such amounts ({@code 4999}, not {@code 49.99}).
   */
  boolean wholeDigits() {
    return wholeDigits;
  }

  /** True when the cell's currency came from a generic sign ({@code $}, {@code ¥}) alone. */
  boolean genericSign() {
    return markCode != null && markGeneric;
  }

  /** The ISO code the cell wrote ({@code $} is USD), or null when it wrote none. */
  String currency() {
    return markCode;
  }

  /** Reads a currency mark at {@code pos}; false when there is none or it contradicts the first. */
  private boolean readMark() {
    char c = text.charAt(pos);
    String sign = CurrencyCodes.ofSign(c);
    if (sign != null) {
      pos++;
      return addMark(sign, c == '$' || c == '¥');
    }
    if (pos + 2 < end
        && (c == 'U' || c == 'u')
        && (text.charAt(pos + 1) == 'S' || text.charAt(pos + 1) == 's')
        && text.charAt(pos + 2) == '$') {
      pos += 3;
      return addMark("USD", false);
    }
    if (pos + 2 < end && (pos + 3 == end || !Character.isLetter(text.charAt(pos + 3)))) {
      String code = CurrencyCodes.code(c, text.charAt(pos + 1), text.charAt(pos + 2));
      if (code != null) {
        pos += 3;
        return addMark(code, false);
      }
    }
    return false;
  }

  private boolean addMark(String code, boolean generic) {
    if (markCode == null) {
      markCode = code;
      markGeneric = generic;
      return true;
    }
    if (markGeneric != generic) {
      if (markGeneric) {
        markCode = code;
        markGeneric = false;
      }
      return true;
    }
    return !generic && markCode.equals(code);
  }

  private boolean threeDigitsAt(int at) {
    return at + 3 <= end
        && isDigit(text.charAt(at))
        && isDigit(text.charAt(at + 1))
        && isDigit(text.charAt(at + 2))
        && (at + 3 == end || !isDigit(text.charAt(at + 3)));
  }

  private void skipSpaces() {
    while (pos < end && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean startsNumber(char c) {
    return isDigit(c) || c == decimalMark;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }
}
