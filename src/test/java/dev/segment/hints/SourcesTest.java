package dev.segment.hints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest {
  private static final Source CHARGEBEE = Sources.byName("chargebee").orElseThrow();

  @Test
  void aDottedChargebeeHeaderWithItsCompanyNamesItAsTheNameColumn() {
    List<String> header =
        List.of(
            "subscriptions.id",
            "subscriptions.plan_quantity",
            "subscriptions.plan_unit_price",
            "subscriptions.billing_period",
            "subscriptions.billing_period_unit",
            "subscriptions.status",
            "customers.id",
            "customers.first_name",
            "Customers.Company");
    List<String> options = Sources.match(CHARGEBEE, header).orElseThrow().variant().options();
    assertThat(String.join(" ", options))
        .contains("--id-column customers.id")
        .endsWith("--name-column Customers.Company");
  }

  @Test
  void withoutTheCompanyColumnNoNameColumnIsNamed() {
    List<String> header =
        List.of(
            "subscription.customer_id",
            "subscription.plan_quantity",
            "subscription.plan_unit_price",
            "subscription.billing_period",
            "subscription.billing_period_unit",
            "subscription.status");
    Source.Variant v = Sources.match(CHARGEBEE, header).orElseThrow().variant();
    assertThat(v.options()).doesNotContain("--name-column");
    // The source as a whole may name one, so a build without the option would refuse it.
    assertThat(CHARGEBEE.variants().get(1).optionNames()).contains("--name-column");
  }

  @Test
  void aDottedMoneyColumnsObjectHoldsItsCurrency() {
    assertThat(Names.currencyNames("subscription.plan_unit_price"))
        .contains(
            "currency",
            "currencycode",
            "subscriptionplanunitpricecurrency",
            "subscriptioncurrency",
            "subscriptioncurrencycode")
        .doesNotContain("customercurrencycode");
    assertThat(Names.currencyNames("items[0].price.unit_price.amount"))
        .contains("items0priceunitpricecurrencycode");
    assertThat(Names.currencyNames("MRR"))
        .containsExactlyInAnyOrder("currency", "currencycode", "mrrcurrency");
  }
}
