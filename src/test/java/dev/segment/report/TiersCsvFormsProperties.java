package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * tiers.csv of a curve in the wide form is, byte for byte, that of the same customers in the long
 * form: every row of the curve and every pinned row, with and without ARR read, the audit columns
 * and a roll-up's accounts column. Two customers outside the curve decide the form: ±12·10^20
 * breaks the long form's bound (of the sums, and of the MRR worked out from ARR), ±12 does not.
 */
class TiersCsvFormsProperties {
  @Property(tries = 300)
  void theWideFormWritesWhatTheLongFormWrites(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 30) Integer> ids,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -5, max = 2_000_000) Integer> cents,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll boolean annual,
      @ForAll boolean keep,
      @ForAll boolean audit,
      @ForAll @IntRange(min = 0, max = 3) int pins,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -1, max = 1) Integer> grace,
      @ForAll boolean parents)
      throws IOException {
    BigInteger small = BigInteger.valueOf(12);
    BigInteger large = small.multiply(BigInteger.TEN.pow(20));
    Customers longForm = customers(ids, cents, scale, annual, keep, parents, small);
    Customers wideForm = customers(ids, cents, scale, annual, keep, parents, large);
    assertThat(longForm.wide()).isFalse();
    assertThat(wideForm.wide()).isTrue();

    // The outsiders (the first two customers) are off the curve and pinned nowhere.
    int[] pinned = audit ? TiersCsvBytesProperties.pinned(longForm, pins + 2) : new int[] {0, 1};
    int[] off = IntStream.concat(IntStream.of(0, 1), IntStream.of(pinned)).toArray();
    pinned = IntStream.of(pinned).filter(c -> c > 1).toArray();
    int[] order = TiersCsvBytesProperties.rankOrder(longForm, off);
    Overrides overrides = Overrides.none();
    if (audit) {
      int[] pinnedTiers = new int[pinned.length];
      for (int j = 0; j < pinned.length; j++) {
        pinnedTiers[j] = j % 2;
      }
      int[] kept = new int[order.length];
      for (int r = 0; r < order.length; r++) {
        kept[r] = grace.get(r);
      }
      overrides =
          Overrides.of(
              pinned,
              pinnedTiers,
              TiersCsvBytesProperties.computed(pinned),
              pins % 2 == 0 ? kept : null);
    }
    assertThat(tiersCsv(wideForm, order, overrides))
        .isEqualTo(tiersCsv(longForm, order, overrides));
  }

  private static Customers customers(
      List<Integer> ids,
      List<Integer> cents,
      int scale,
      boolean annual,
      boolean keep,
      boolean parents,
      BigInteger swing) {
    List<String> keptHeaders = keep ? List.of("note") : List.of();
    CustomersBuilder b =
        new CustomersBuilder(annual ? AmountKind.ARR : AmountKind.MRR, keptHeaders, parents);
    String[] none = keep ? new String[] {""} : new String[0];
    add(b, "~plus", swing, parents, none);
    add(b, "~minus", swing.negate(), parents, none);
    for (int k = 0; k < ids.size(); k++) {
      String id = "c" + ids.get(k);
      String[] kept = keep ? new String[] {"note " + k} : new String[0];
      if (parents) {
        // Parents of no row of their own, so no cycle whatever the ids.
        b.row(id, "name " + k, k % 3 == 1 ? "parent-" + k % 2 : "");
        b.addRow(cents.get(k), scale, kept);
      } else {
        b.add(id, "name " + k, cents.get(k), scale, kept);
      }
    }
    return b.build();
  }

  private static void add(
      CustomersBuilder b, String id, BigInteger amount, boolean parents, String[] kept) {
    if (parents) {
      b.row(id, "", "");
      b.addRow(amount, 0, kept);
    } else {
      b.add(id, "", amount, 0, kept);
    }
  }

  private static String tiersCsv(Customers customers, int[] order, Overrides overrides)
      throws IOException {
    ParetoCurve curve = new ParetoCurve(customers, order);
    int n = order.length;
    List<Tier> tiers = List.of(new Tier("Top", 0, n / 2), new Tier("Rest", n / 2, n));
    Segmentation s =
        new Segmentation(
            curve, new CutRule.ByMrr(List.of(BigDecimal.ONE)), tiers, Optional.empty());
    assertThat(curve.wide()).isEqualTo(customers.wide());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TiersCsv.write(s, overrides, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
