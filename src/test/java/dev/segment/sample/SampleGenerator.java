package dev.segment.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes {@code samples/customers-2000.csv}: 2,000 made-up B2B customers whose MRR curve reproduces
 * the essay's example (top 10% ≈ 45% of MRR, floor ≈ $5,000; top 30% ≈ 75%, floor ≈ $1,700).
 *
 * <p>MRR follows a quantile function interpolated in log-log space between anchor points (fraction
 * of customers from the top, MRR); each customer draws its point inside its own 1/N stratum, so the
 * values look random while the curve's shares stay on target. The seed and StrictMath keep the file
 * identical on every JVM; {@code SampleFileTest} checks the shipped file against it.
 *
 * <p>Regenerate: {@code mvn -q test-compile && java -cp target/test-classes
 * dev.segment.sample.SampleGenerator samples/customers-2000.csv samples/customers-regions.csv}
 *
 * <p>{@code samples/customers-regions.csv} is the same file with a {@code region} column (from the
 * country: North America, EMEA, APAC, LATAM), for tiers within regions.
 */
public final class SampleGenerator {
  static final int CUSTOMERS = 2000;
  static final long SEED = 20261125L;

  /** (fraction of customers from the top, MRR at that point); calibrated against the essay. */
  private static final double[][] ANCHORS = {
    {0.0005, 32000}, {0.02, 10500}, {0.10, 5050}, {0.30, 1720}, {0.60, 700}, {0.85, 330}, {1.00, 79}
  };

  private static final String[] FIRST = {
    "Acorn",
    "Alder",
    "Amber",
    "Anchor",
    "Arbor",
    "Arrow",
    "Aspen",
    "Aurora",
    "Basalt",
    "Birch",
    "Bluebird",
    "Boulder",
    "Brook",
    "Canyon",
    "Cardinal",
    "Cascade",
    "Cinder",
    "Clover",
    "Comet",
    "Copper",
    "Coral",
    "Cypress",
    "Drift",
    "Dune",
    "Elm",
    "Fable",
    "Fern",
    "Fjord",
    "Flint",
    "Foxglove",
    "Garnet",
    "Glacier",
    "Harbor",
    "Hawthorn",
    "Heron",
    "Indigo",
    "Ivy",
    "Jasper",
    "Kestrel",
    "Lagoon",
    "Larch",
    "Linden",
    "Lotus",
    "Magnet",
    "Marble",
    "Meadow",
    "Mesa",
    "Monarch",
    "Moss",
    "Nova",
    "Opal",
    "Orchid",
    "Osprey",
    "Pebble",
    "Pinnacle",
    "Prairie",
    "Quill",
    "Raven",
    "Reef",
    "Saffron",
    "Sequoia",
    "Sierra",
    "Sparrow",
    "Spruce",
    "Starling",
    "Sterling",
    "Tamarack",
    "Thistle",
    "Topaz",
    "Tundra",
    "Vale",
    "Vantage",
    "Violet",
    "Wren",
    "Yarrow",
    "Zephyr"
  };
  private static final String[] SECOND = {
    "Analytics", "Biotech", "Capital", "Cloud", "Commerce", "Consulting", "Data", "Dental",
    "Design", "Dynamics", "Energy", "Engineering", "Foods", "Freight", "Health", "Hospitality",
    "Insurance", "Labs", "Learning", "Legal", "Logistics", "Manufacturing", "Media", "Medical",
    "Networks", "Partners", "Payments", "Pharma", "Properties", "Realty", "Retail", "Robotics",
    "Security", "Software", "Solutions", "Studios", "Systems", "Telecom", "Travel", "Ventures"
  };
  private static final String[] SUFFIX = {
    "Inc.", "Inc.", "LLC", "Ltd", "GmbH", "Corp.", "Co.", "Group", "S.A.", "B.V.", "", "", ""
  };
  private static final String[] COUNTRIES = {
    "US", "US", "US", "US", "US", "GB", "GB", "DE", "DE", "FR", "CA", "CA", "AU", "NL", "SE", "IE",
    "ES", "JP", "BR", "IN", "SG", "DK"
  };

  private SampleGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "samples/customers-2000.csv");
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      write(w);
    }
    Path regions = Path.of(args.length > 1 ? args[1] : "samples/customers-regions.csv");
    try (Writer w = Files.newBufferedWriter(regions, StandardCharsets.UTF_8)) {
      writeRegions(w);
    }
  }

  /** Writes the sample with a last column {@code region}, the sales region of its country. */
  public static void writeRegions(Appendable out) throws IOException {
    StringBuilder plain = new StringBuilder();
    write(plain);
    String[] lines = plain.toString().split("\n", -1);
    out.append(lines[0]).append(",region\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String country = lines[i].substring(lines[i].lastIndexOf(',') + 1);
      out.append(lines[i]).append(',').append(region(country)).append('\n');
    }
  }

  private static String region(String country) {
    return switch (country) {
      case "US", "CA" -> "North America";
      case "BR" -> "LATAM";
      case "AU", "JP", "SG", "IN" -> "APAC";
      default -> "EMEA";
    };
  }

  /** Writes the whole sample file. */
  public static void write(Appendable out) throws IOException {
    Random rng = new Random(SEED);
    List<String[]> rows = new ArrayList<>(CUSTOMERS);
    for (int i = 0; i < CUSTOMERS; i++) {
      double mrr = mrrAt((i + rng.nextDouble()) / CUSTOMERS);
      long cents = Math.round(mrr * 100);
      String amount = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
      rows.add(new String[] {companyName(rng), plan(cents), amount, pick(rng, COUNTRIES)});
    }
    // Exports list customers by sign-up, not by MRR.
    Collections.shuffle(rows, rng);
    out.append("customer_id,company_name,plan,mrr,country\n");
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      out.append(String.format(Locale.ROOT, "CUS-%05d", 10001 + i))
          .append(',')
          .append(quoted(r[0]))
          .append(',')
          .append(r[1])
          .append(',')
          .append(r[2])
          .append(',')
          .append(r[3])
          .append('\n');
    }
  }

  static double mrrAt(double fromTop) {
    double u = Math.max(fromTop, ANCHORS[0][0]);
    for (int a = 1; a < ANCHORS.length; a++) {
      double u0 = ANCHORS[a - 1][0];
      double u1 = ANCHORS[a][0];
      if (u <= u1) {
        // Log-log interpolation: power-law pieces, so the curve bends smoothly at the anchors.
        double t =
            (StrictMath.log(u) - StrictMath.log(u0)) / (StrictMath.log(u1) - StrictMath.log(u0));
        double l0 = StrictMath.log(ANCHORS[a - 1][1]);
        double l1 = StrictMath.log(ANCHORS[a][1]);
        return StrictMath.exp(l0 + (l1 - l0) * t);
      }
    }
    return ANCHORS[ANCHORS.length - 1][1];
  }

  private static String plan(long cents) {
    if (cents >= 400_000) {
      return "Enterprise";
    }
    if (cents >= 150_000) {
      return "Business";
    }
    return cents >= 50_000 ? "Growth" : "Starter";
  }

  private static String companyName(Random rng) {
    String a = pick(rng, FIRST);
    String b = pick(rng, SECOND);
    double r = rng.nextDouble();
    if (r < 0.04) {
      return a + ", " + pick(rng, FIRST) + " & " + b; // a comma: the field must be quoted
    }
    if (r < 0.06) {
      return "\"" + a + "\" " + b + " " + pick(rng, SUFFIX); // quotes inside the name
    }
    return (a + " " + b + " " + pick(rng, SUFFIX)).strip();
  }

  private static String quoted(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"").strip() + '"';
  }

  private static String pick(Random rng, String[] from) {
    return from[rng.nextInt(from.length)];
  }
}
