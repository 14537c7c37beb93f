package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * tiers.csv written as bytes straight from the customers' UTF-8 text is, byte for byte, what the
 * earlier writer gave: every cell as a String, neutralised, printed by Commons CSV, amounts by
 * Amounts.plain, encoded by a UTF-8 writer.
 */
class TiersCsvBytesProperties {
  @Property(tries = 300)
  void bytesAreThoseOfTheStringPath(
      @ForAll @Size(min = 1, max = 12) List<@From("texts") String> ids,
      @ForAll @Size(min = 12, max = 12) List<@From("texts") String> names,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -5, max = 2_000_000) Integer> cents,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll boolean annual,
      @ForAll("texts") String label,
      @ForAll boolean keep)
      throws IOException {
    List<String> keptHeaders = keep ? List.of("note", "MRR") : List.of();
    Customers.Builder b =
        new Customers.Builder(annual ? AmountKind.ARR : AmountKind.MRR, keptHeaders);
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k).isEmpty() ? "x" + k : ids.get(k);
      String[] kept = keep ? new String[] {names.get(11 - k), ids.get(k)} : new String[0];
      b.add(id, names.get(k), cents.get(k), scale, kept);
    }
    Customers customers = b.build();
    int[] order = rankOrder(customers);
    ParetoCurve curve = new ParetoCurve(customers, order);
    int n = order.length;
    List<Tier> tiers =
        List.of(new Tier(label.isEmpty() ? "T" : label, 0, n / 2), new Tier("-2", n / 2, n));
    Segmentation s =
        new Segmentation(
            curve, new CutRule.ByMrr(List.of(BigDecimal.ONE)), tiers, Optional.empty());

    String expected = reference(s);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TiersCsv.write(s, Overrides.none(), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    StringBuilder chars = new StringBuilder();
    TiersCsv.write(s, chars);
    assertThat(chars.toString()).isEqualTo(expected);
  }

  @Example
  void aFileOfManyPartsIsWrittenInOrder() throws IOException {
    // More rows than one part, so the parts are formatted on several threads.
    Customers.Builder b = new Customers.Builder(AmountKind.MRR, List.of("note"));
    int n = 50_000;
    for (int k = 0; k < n; k++) {
      String name = k % 97 == 0 ? "=Name, \"" + k + "\"" : "Name \u00e9 " + k;
      b.add("id-" + (k * 7919L % n), name, (k * 31L) % 5000, 2, new String[] {"-" + k});
    }
    Customers customers = b.build();
    int[] order = rankOrder(customers);
    ParetoCurve curve = new ParetoCurve(customers, order);
    List<Tier> tiers =
        List.of(
            new Tier("Top", 0, 5000), new Tier("Mid", 5000, 20_000), new Tier("+Rest", 20_000, n));
    Segmentation s =
        new Segmentation(
            curve, new CutRule.ByMrr(List.of(BigDecimal.ONE)), tiers, Optional.empty());
    String expected = reference(s);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TiersCsv.write(s, Overrides.none(), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    StringBuilder chars = new StringBuilder();
    TiersCsv.write(s, chars);
    assertThat(chars.toString()).isEqualTo(expected);
  }

  private static int[] rankOrder(Customers customers) {
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      if (customers.unscaledMrr(i) >= 0) {
        ranked.add(i);
      }
    }
    ranked.sort(
        Comparator.comparingLong((Integer i) -> -customers.unscaledMrr(i))
            .thenComparing(customers::id));
    return ranked.stream().mapToInt(Integer::intValue).toArray();
  }

  @Provide
  Arbitrary<String> texts() {
    // Pieces rather than chars, so a character beyond the BMP stays one surrogate pair.
    return Arbitraries.of(
            ",",
            "\"",
            "\r",
            "\n",
            " ",
            "\t",
            "'",
            "=",
            "+",
            "-",
            "@",
            "#",
            "!",
            ".",
            "0",
            "7",
            "~",
            "\u007f",
            "\u00e9",
            "\u00a0",
            "\u4e2d",
            "\ue000",
            "\ud83d\ude00",
            "a",
            "b",
            "c")
        .list()
        .ofMaxSize(7)
        .map(pieces -> String.join("", pieces).strip());
  }

  /** The earlier writer: a String per cell through CsvCells and Commons CSV. */
  private static String reference(Segmentation s) throws IOException {
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    StringBuilder out = new StringBuilder();
    CsvRows rows = new CsvRows(out);
    for (String name : TiersCsv.HEADER) {
      rows.cell(CsvCells.neutralise(name));
    }
    for (String name : TiersCsv.keptColumnNames(customers.keptHeaders())) {
      rows.cell(CsvCells.neutralise(name));
    }
    rows.endRow();
    int tier = 0;
    for (int r = 0; r < curve.size(); r++) {
      while (r >= s.tiers().get(tier).end()) {
        tier++;
      }
      int c = curve.customerIndex(r);
      rows.cell(CsvCells.neutralise(customers.id(c)));
      rows.cell(CsvCells.neutralise(customers.name(c)));
      rows.cell(Amounts.plain(customers.mrr(c)));
      rows.cell(Amounts.plain(customers.arr(c)));
      rows.cell(Integer.toString(r + 1));
      rows.cell(
          curve.unscaledTotal() == 0
              ? "0.0000"
              : curve
                  .cumulative(r)
                  .divide(curve.total(), 4, RoundingMode.HALF_EVEN)
                  .toPlainString());
      rows.cell(CsvCells.neutralise(s.tiers().get(tier).label()));
      for (int k = 0; k < customers.keptHeaders().size(); k++) {
        rows.cell(CsvCells.neutralise(customers.kept(c, k)));
      }
      rows.endRow();
    }
    return out.toString();
  }
}
