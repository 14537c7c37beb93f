package dev.segment.cli;

import dev.segment.io.RatesReader;
import dev.segment.model.DataException;
import dev.segment.model.Rates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that convert amounts into one currency: rates given, or a rate on each row. */
final class CurrencyGroup implements OptionGroup {
  @Override
  public String heading() {
    return "Currencies";
  }

  /**
   * What the currency options chose: the rates (with the base currency), and the column holding
   * each row's rate as given, named by its option ({@link LedgerGroup} checks and reads it).
   */
  record Choice(Optional<Rates> rates, String rateColumn, String rateOption, boolean inverse) {}

  @Option(
      names = "--rates",
      paramLabel = "LIST|FILE",
      description =
          "Converts each row into --base-currency before summing: EUR=1.0823,GBP=1.271 (one unit"
              + " of each in the base currency), or a CSV file of currency,rate rows, such as a"
              + " finance team's month-end rates.")
  String rates;

  @Option(
      names = "--base-currency",
      paramLabel = "CODE",
      description =
          "The currency the report is in (USD, EUR): with --rates, every amount is converted"
              + " into it; alone, it names the file's one currency.")
  String baseCurrency;

  @Option(
      names = "--rate-column",
      paramLabel = "COL",
      description =
          "Each row's rate into --base-currency: the value of one unit of the row's currency in"
              + " the base currency (as --rates). Base-currency rows keep 1.")
  String rateColumn;

  @Option(
      names = "--rate-column-inverse",
      paramLabel = "COL",
      description =
          "As --rate-column, but the column holds units of the row's currency per one unit of the"
              + " base currency (Xero's CurrencyRate).")
  String rateColumnInverse;

  /** The rates, then the rate column, each combination checked (exit 2). */
  Choice choice() {
    Optional<Rates> read = rates();
    if (rateColumn != null && rateColumnInverse != null) {
      throw new IllegalArgumentException(
          "--rate-column and --rate-column-inverse cannot be used together: name the one column"
              + " that holds each row's rate");
    }
    String rate = rateColumn != null ? rateColumn : rateColumnInverse;
    String rateOption = rateColumn != null ? "--rate-column" : "--rate-column-inverse";
    if (rate != null && rates != null) {
      throw new IllegalArgumentException(
          rateOption
              + " cannot be used with --rates: the rate column gives each row's rate; leave"
              + " --rates out");
    }
    return new Choice(read, rate, rateOption, rateColumnInverse != null);
  }

  /**
   * {@code --rates} and {@code --base-currency}: a malformed one is a usage error (exit 2), a
   * missing rates file a file-system one (exit 1).
   */
  private Optional<Rates> rates() {
    if (rates != null && baseCurrency == null) {
      throw new IllegalArgumentException(
          "--rates needs --base-currency, the currency the rates convert into (e.g."
              + " --base-currency USD)");
    }
    if (baseCurrency == null) {
      return Optional.empty();
    }
    String base = RatesReader.baseCurrency(baseCurrency);
    if (rates == null) {
      return Optional.of(new Rates(base, Map.of()));
    }
    if (rates.isBlank()) {
      // Path.of("") is the working folder: read as a file it would be an I/O error, not a usage
      // one.
      throw new IllegalArgumentException(
          "--rates needs CODE=RATE pairs or a file's path (--rates EUR=1.0823,GBP=1.271); got"
              + " nothing");
    }
    if (RatesReader.isList(rates)) {
      return Optional.of(RatesReader.ofList(rates, base));
    }
    Path file = Path.of(rates);
    if (Files.notExists(file)) {
      throw new UncheckedIOException(
          new Errors.MissingOptionFile(
              "--rates",
              file,
              "give the path of a currency,rate CSV file, or the rates themselves"
                  + " (--rates EUR=1.0823,GBP=1.271)"));
    }
    try {
      return Optional.of(RatesReader.ofFile(file, base));
    } catch (DataException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
