package dev.segment.cli;

import dev.segment.text.PrintableText;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values that are wrong in themselves fail here, as usage errors (exit 2). */
final class Converters {
  private Converters() {}

  /**
   * One value of {@code --cuts}: its number, and whether it was written as a percentage ({@code
   * 10%}), which only a percentage basis takes.
   */
  record CutValue(BigDecimal value, boolean percent) {}

  /** One number of {@code --cuts}: plain decimal, no sign, no exponent, an optional {@code %}. */
  static final class Cut implements ITypeConverter<CutValue> {
    @Override
    public CutValue convert(String value) {
      String v = value.trim();
      boolean percent = v.endsWith("%");
      if (percent) {
        v = v.substring(0, v.length() - 1).trim();
      }
      if (v.matches("-[0-9]+(\\.[0-9]+)?")) {
        throw new TypeConversionException(
            "--cuts takes positive numbers (percentages in (0,100) or MRR floors); got " + v);
      }
      if (!v.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a number; --cuts takes plain numbers separated by commas,"
                + " e.g. 10,30 or 10%,30% (percent) or 5000,1700 (MRR floors)");
      }
      return new CutValue(new BigDecimal(v), percent);
    }
  }

  /** {@code --encoding}: any charset name Java knows (UTF-8, windows-1252, ISO-8859-1, …). */
  static final class Encoding implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value.trim());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException(
            "unknown encoding '"
                + value
                + "'; use a name such as UTF-8, windows-1252 or ISO-8859-1");
      }
    }
  }

  /** {@code --delimiter}: one of , ; | or a tab, written as the character itself or a name. */
  static final class Delimiter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case ",":
        case "comma":
          return ',';
        case ";":
        case "semicolon":
          return ';';
        case "|":
        case "pipe":
          return '|';
        case "\t":
        case "\\t":
        case "tab":
          return '\t';
        default:
          throw new TypeConversionException(
              "'"
                  + PrintableText.clip(value)
                  + "' is not a delimiter segment reads; use one of , ; | tab");
      }
    }
  }

  /** {@code --chart-size WxH}. */
  static final class Size implements ITypeConverter<ChartSize> {
    @Override
    public ChartSize convert(String value) {
      try {
        return ChartSize.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * A plain non-negative decimal ({@code --book}, {@code --grace}); the option checks the range.
   */
  static final class Amount implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      String v = value.trim().replace("_", "");
      if (!v.matches("-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)")) {
        throw new TypeConversionException(
            "'" + PrintableText.clip(value) + "' is not a plain number, such as 3000000 or 10");
      }
      return new BigDecimal(v);
    }
  }

  /** One number of {@code --accounts-per-csm}: a positive whole number of accounts. */
  static final class Ratio implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.trim();
      if (!v.matches("-?[0-9]{1,9}") || Integer.parseInt(v) <= 0) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a positive whole number of accounts; --accounts-per-csm"
                + " takes one per staffed tier, e.g. 15,75");
      }
      return Integer.valueOf(v);
    }
  }

  /** One number of {@code --csms}: a whole number of CSMs, 0 or more. */
  static final class Csms implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.trim();
      if (!v.matches("[0-9]{1,9}")) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a whole number of CSMs, 0 or more; --csms takes one per staffed"
                + " tier, e.g. 4,10");
      }
      return Integer.valueOf(v);
    }
  }

  /** {@code --as-of}: an ISO date, {@code 2026-12-01}, read strictly (no 2026-02-30). */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "--as-of takes a date as YEAR-MM-DD, e.g. 2026-12-01; got '"
                + PrintableText.clip(value)
                + "'");
      }
    }
  }
}
