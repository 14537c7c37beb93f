package dev.segment.io;

import dev.segment.model.Rates;
import dev.segment.rows.CurrencyCodes;
import dev.segment.text.PrintableText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code --rates} with {@code --base-currency}: a list ({@code EUR=1.0823,GBP=1.271}, any
 * value holding {@code =}) or the path of a CSV file of {@code currency,rate} rows, whose first row
 * is a header when its rate cell is not a number. A malformed rate or code, a code given twice and
 * a base rate other than 1 are {@link IllegalArgumentException}s, which the command reports as
 * usage errors (exit 2).
 */
public final class RatesReader {
  /** A rates file is a few hundred bytes; a megabyte means the wrong file was named. */
  static final long MAX_BYTES = 1 << 20;

  // Digits with at most one point, as SPEC's "a decimal > 0": no sign, exponent or grouping.
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

  private RatesReader() {}

  /** True when {@code --rates} was given a list rather than a file's path. */
  public static boolean isList(String value) {
    return value.indexOf('=') >= 0;
  }

  /** The base currency as an upper-case ISO 4217 code. */
  public static String baseCurrency(String value) {
    String code = code(value.strip());
    if (code == null) {
      throw new IllegalArgumentException(
          "--base-currency takes an ISO 4217 currency code such as USD or EUR; got '"
              + PrintableText.clip(value)
              + "'");
    }
    return code;
  }

  /** The rates of a {@code --rates} list. */
  public static Rates ofList(String list, String base) {
    String[] entries = list.split(",", -1);
    // Every pair's '=' is checked before any rate, so JPY=0,0067 says the comma, not the 0.
    for (String entry : entries) {
      if (entry.indexOf('=') < 0) {
        String shown = entry.strip();
        boolean digits = !shown.isEmpty() && shown.chars().allMatch(Character::isDigit);
        throw new IllegalArgumentException(
            "--rates takes CODE=RATE pairs separated by commas (EUR=1.0823,GBP=1.271)"
                + (digits ? ", so a rate is written with a '.' decimal, not a comma" : "")
                + "; '"
                + PrintableText.clip(shown)
                + "' has no '='");
      }
    }
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      put(rates, entry.substring(0, eq), entry.substring(eq + 1), "--rates");
    }
    return rates(base, rates, "--rates");
  }

  /**
   * The rates of a {@code --rates} file. A binary file or one not in UTF-8 is a {@link
   * dev.segment.model.DataException} naming the file and the option; a missing one an IOException.
   */
  public static Rates ofFile(Path file, String base) throws IOException {
    String text = OptionFileText.read(file, "--rates", MAX_BYTES);
    List<CSVRecord> records;
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(text))
            .setFormat(CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get())
            .get()) {
      records = parser.getRecords();
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          "the --rates file "
              + file
              + " is not readable as CSV: "
              + Records.describeWithLine(e.getCause()));
    }
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    boolean first = true;
    for (CSVRecord record : records) {
      List<String> cells = record.toList();
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
        cells = cells.subList(0, cells.size() - 1);
      }
      if (cells.isEmpty()) {
        continue;
      }
      String where = "the --rates file " + file + " line " + record.getRecordNumber();
      if (cells.size() != 2) {
        throw new IllegalArgumentException(
            where + " has " + cells.size() + " cells; each row is currency,rate (EUR,1.0823)");
      }
      // SPEC: a header when the rate cell is not a number; -1.08 or 1e0 is a malformed rate.
      boolean header = first && !isNumber(cells.get(1).strip());
      first = false;
      if (!header) {
        put(rates, cells.get(0), cells.get(1), where);
      }
    }
    return rates(base, rates, "the --rates file " + file);
  }

  private static void put(
      Map<String, BigDecimal> rates, String codeText, String rateText, String where) {
    String code = code(codeText.strip());
    if (code == null) {
      throw new IllegalArgumentException(
          where
              + ": '"
              + PrintableText.clip(codeText.strip())
              + "' is not an ISO 4217 currency code (EUR, GBP, JPY)");
    }
    String r = rateText.strip();
    if (!DECIMAL.matcher(r).matches() || !Rates.isRate(new BigDecimal(r))) {
      throw new IllegalArgumentException(
          where
              + ": the rate of "
              + code
              + " must be a decimal number > 0 written with digits and a '.' (1.0823); got '"
              + PrintableText.clip(r)
              + "'");
    }
    if (rates.put(code, new BigDecimal(r)) != null) {
      throw new IllegalArgumentException(where + ": " + code + " is given twice");
    }
  }

  private static Rates rates(String base, Map<String, BigDecimal> rates, String where) {
    Optional<BigDecimal> own = Rates.wrongBaseRate(base, rates);
    if (own.isPresent()) {
      throw new IllegalArgumentException(
          where
              + " gives the base currency "
              + base
              + " the rate "
              + own.get().toPlainString()
              + "; a rate is the value of one unit in the base currency, so the base's is 1");
    }
    return new Rates(base, rates);
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The upper-case ISO 4217 code {@code text} spells, or null. */
  private static String code(String text) {
    if (text.length() != 3) {
      return null;
    }
    String code = CurrencyCodes.code(text.charAt(0), text.charAt(1), text.charAt(2));
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }
}
