import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The benchmark's floor: Apache Commons CSV alone reading the file and turning its MRR column into
 * cents, no ranking, no output. Not part of segment; bench/run.sh compiles it against target/lib.
 */
public final class BareParse {
  public static void main(String[] args) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT).get()) {
      int mrr = -1;
      long rows = 0;
      long cents = 0;
      for (CSVRecord r : parser) {
        if (mrr < 0) {
          mrr = r.toList().indexOf("mrr");
          continue;
        }
        rows++;
        cents += toCents(r.get(mrr));
      }
      System.out.println(rows + " rows, " + cents + " cents");
    }
  }

  /** "1234.5" or "1234.56" to 123450 or 123456; the generator writes no other form. */
  private static long toCents(String s) {
    long v = 0;
    int decimals = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        decimals = 0;
      } else {
        v = v * 10 + (c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      }
    }
    for (int d = Math.max(decimals, 0); d < 2; d++) {
      v *= 10;
    }
    return v;
  }
}
