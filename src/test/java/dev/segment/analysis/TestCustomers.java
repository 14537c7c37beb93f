package dev.segment.analysis;

import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds small customer sets for tests from readable amounts. */
final class TestCustomers {
  private TestCustomers() {}

  /** Customers {@code c01, c02, …} with these MRR amounts, in this input order. */
  static Customers of(String... amounts) {
    CustomersBuilder builder = new CustomersBuilder(AmountKind.MRR, List.of());
    for (int i = 0; i < amounts.length; i++) {
      add(builder, String.format("c%02d", i + 1), amounts[i]);
    }
    return builder.build();
  }

  /** Customers from {@code id=amount} pairs, in this input order. */
  static Customers ofPairs(String... pairs) {
    CustomersBuilder builder = new CustomersBuilder(AmountKind.MRR, List.of());
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      add(builder, pair.substring(0, eq), pair.substring(eq + 1));
    }
    return builder.build();
  }

  static ParetoCurve curve(String... amounts) {
    return CurveBuilder.build(of(amounts), false).curve();
  }

  static void add(CustomersBuilder builder, String id, String amount) {
    BigDecimal value = new BigDecimal(amount);
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    builder.add(id, "", value.unscaledValue().longValueExact(), value.scale(), new String[0]);
  }

  static List<String> ids(ParetoCurve curve) {
    List<String> ids = new ArrayList<>(curve.size());
    for (int r = 0; r < curve.size(); r++) {
      ids.add(curve.id(r));
    }
    return ids;
  }

  /** The tiers' sizes, in order. */
  static List<Integer> sizes(Segmentation segmentation) {
    List<Integer> sizes = new ArrayList<>();
    for (Tier tier : segmentation.tiers()) {
      sizes.add(tier.size());
    }
    return sizes;
  }
}
