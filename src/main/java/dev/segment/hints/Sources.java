package dev.segment.hints;

import dev.segment.hints.Source.Extra;
import dev.segment.hints.Source.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The known exports {@code --source} reads, each with the header it is recognised by and the
 * options it stands for (docs/sources.md has the table with its citations). A header is read as a
 * source when it matches exactly one source's signature.
 */
public final class Sources {
  /** {@code --source none}: no source, and no detection. */
  public static final String NONE = "none";

  private static final List<Source> ALL =
      List.of(
          new Source(
              "stripe-subscriptions",
              "Stripe Dashboard > Subscriptions > Export (subscriptions.csv), amounts in decimal units",
              List.of(
                  new Variant(
                      "decimal",
                      List.of(
                          "customerid",
                          "status",
                          "amount",
                          "interval",
                          "intervalcount",
                          "quantity"),
                      List.of(
                          "--id-column",
                          "Customer ID",
                          "--mrr-column",
                          "Amount",
                          "--interval-column",
                          "Interval",
                          "--interval-count-column",
                          "Interval Count",
                          "--quantity-column",
                          "Quantity",
                          "--where",
                          "Status=active,past_due")),
                  new Variant(
                      "decimal",
                      List.of("customerid", "status", "amount", "interval", "quantity"),
                      List.of(
                          "--id-column",
                          "Customer ID",
                          "--mrr-column",
                          "Amount",
                          "--interval-column",
                          "Interval",
                          "--quantity-column",
                          "Quantity",
                          "--where",
                          "Status=active,past_due"))),
              true,
              "active, past_due",
              "https://docs.stripe.com/billing/subscriptions/overview#subscription-statuses"),
          new Source(
              "stripe-api",
              "Stripe API or Sigma subscription rows (id = sub_…, customer = cus_…), amounts in cents",
              List.of(
                  new Variant(
                      "cents",
                      List.of(
                          "id",
                          "customer",
                          "status",
                          "planamount",
                          "planinterval",
                          "planintervalcount",
                          "quantity"),
                      List.of(
                          "--id-column",
                          "customer",
                          "--mrr-column",
                          "plan_amount",
                          "--minor-units",
                          "--interval-column",
                          "plan_interval",
                          "--interval-count-column",
                          "plan_interval_count",
                          "--quantity-column",
                          "quantity",
                          "--where",
                          "status=active,past_due")),
                  new Variant(
                      "cents",
                      List.of(
                          "id",
                          "customer",
                          "status",
                          "priceunitamount",
                          "pricerecurringinterval",
                          "pricerecurringintervalcount",
                          "quantity"),
                      List.of(
                          "--id-column",
                          "customer",
                          "--mrr-column",
                          "price.unit_amount",
                          "--minor-units",
                          "--interval-column",
                          "price.recurring.interval",
                          "--interval-count-column",
                          "price.recurring.interval_count",
                          "--quantity-column",
                          "quantity",
                          "--where",
                          "status=active,past_due"))),
              true,
              "active, past_due",
              "https://docs.stripe.com/api/subscriptions/object"),
          new Source(
              "chargebee",
              "Chargebee subscriptions: the UI export (dotted headers, decimal), plain snake_case"
                  + " (decimal), or the API / DataPipeline table (snake_case with current_term_*, cents)",
              List.of(
                  chargebeeApi(),
                  dotted("subscription.", "subscription.customer_id"),
                  dotted("subscriptions.", "subscriptions.customer_id"),
                  dotted("subscription.", "customer.id"),
                  dotted("subscriptions.", "customers.id"),
                  new Variant(
                      "decimal",
                      List.of(
                          "customerid",
                          "status",
                          "planunitprice",
                          "planquantity",
                          "billingperiod",
                          "billingperiodunit"),
                      chargebeeOptions("", "customer_id", false))),
              true,
              "active, non_renewing (a subscription set to end still pays until it does)",
              "https://apidocs.chargebee.com/docs/api/subscriptions"),
          new Source(
              "recurly",
              "Recurly Exports > Subscriptions (one row per subscription), amounts in decimal units",
              List.of(
                  new Variant(
                      "cents",
                      List.of(
                          "accountcode",
                          "state",
                          "quantity",
                          "unitamountincents",
                          "planintervallength",
                          "planintervalunit"),
                      List.of(
                          "--id-column",
                          "account_code",
                          "--mrr-column",
                          "unit_amount_in_cents",
                          "--minor-units",
                          "--interval-column",
                          "plan_interval_unit",
                          "--interval-count-column",
                          "plan_interval_length",
                          "--quantity-column",
                          "quantity",
                          "--where",
                          "state=active,canceled,past_due,live")),
                  new Variant(
                      "decimal",
                      List.of(
                          "accountcode",
                          "state",
                          "quantity",
                          "unitamount",
                          "planintervallength",
                          "planintervalunit"),
                      List.of(
                          "--id-column",
                          "account_code",
                          "--mrr-column",
                          "unit_amount",
                          "--interval-column",
                          "plan_interval_unit",
                          "--interval-count-column",
                          "plan_interval_length",
                          "--quantity-column",
                          "quantity",
                          "--where",
                          "state=active,canceled,past_due,live"))),
              true,
              "active, live, past_due, and canceled (live until its term ends)",
              "https://docs.recurly.com/docs/subscriptions-exports"),
          new Source(
              "paddle",
              "Paddle Billing subscriptions, flattened from the API (items[0]…), amounts in cents",
              List.of(
                  new Variant(
                      "cents",
                      List.of(
                          "customerid",
                          "status",
                          "billingcycleinterval",
                          "billingcyclefrequency",
                          "items0priceunitpriceamount",
                          "items0quantity"),
                      List.of(
                          "--id-column",
                          "customer_id",
                          "--mrr-column",
                          "items[0].price.unit_price.amount",
                          "--minor-units",
                          "--interval-column",
                          "billing_cycle.interval",
                          "--interval-count-column",
                          "billing_cycle.frequency",
                          "--quantity-column",
                          "items[0].quantity",
                          "--where",
                          "status=active,past_due"))),
              true,
              "active, past_due",
              "https://developer.paddle.com/api-reference/subscriptions/overview"),
          new Source(
              "zuora",
              "Zuora accounts (Data Source export or synced table: account_number, mrr, parent_id),"
                  + " MRR in decimal units",
              List.of(
                  new Variant(
                      "decimal",
                      List.of("id", "accountnumber", "mrr", "parentid", "status"),
                      List.of(
                          "--id-column",
                          "id",
                          "--mrr-column",
                          "mrr",
                          "--parent-column",
                          "parent_id",
                          "--where",
                          "status=Active"))),
              false,
              "accounts whose status is Active",
              "https://knowledgecenter.zuora.com/Zuora_Platform/API/G_SOAP_API/E1_SOAP_API_Object_Reference/Account"),
          new Source(
              "chartmogul",
              "ChartMogul Destinations: calculated Subscriptions (MRR in cents, one row per"
                  + " subscription)",
              List.of(
                  new Variant(
                      "cents",
                      List.of(
                          "customeruuid",
                          "customerexternalids",
                          "mrr",
                          "arr",
                          "intervalunit",
                          "intervalcount"),
                      List.of(
                          "--id-column", "CUSTOMER_UUID", "--mrr-column", "MRR", "--minor-units"))),
              true,
              "every row (ChartMogul's MRR is 0 on a subscription that does not pay)",
              "https://dev.chartmogul.com/docs/destinations/calculated-data/subscriptions"),
          new Source(
              "baremetrics",
              "Baremetrics CSV import sheet, plan_amount in cents",
              List.of(
                  new Variant(
                      "cents",
                      List.of(
                          "planamount",
                          "planinterval",
                          "planintervalcount",
                          "customeroid",
                          "subscriptionquantity",
                          "subscriptioncanceledat"),
                      List.of(
                          "--id-column",
                          "customer_oid",
                          "--mrr-column",
                          "plan_amount",
                          "--minor-units",
                          "--interval-column",
                          "plan_interval",
                          "--interval-count-column",
                          "plan_interval_count",
                          "--quantity-column",
                          "subscription_quantity",
                          "--where",
                          "subscription_canceled_at="))),
              true,
              "subscriptions with no cancellation date",
              "https://docs.google.com/spreadsheets/d/1IJHXeGiuIK9C-J2dEUZJqlFYIp4aEzCwIDXfJBWJuAc"),
          new Source(
              "salesforce-accounts",
              "Salesforce accounts report (Account ID, Account Name, Parent Account ID and an MRR"
                  + " field)",
              List.of(
                  new Variant(
                      "decimal",
                      List.of("accountid", "accountname", "parentaccountid"),
                      List.of(
                          "--id-column",
                          "Account ID",
                          "--parent-column",
                          "Parent Account ID",
                          "--where",
                          "{money}!="))),
              false,
              "accounts with an amount (an empty one is a prospect)",
              "https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Account.htm"),
          new Source(
              "hubspot-companies",
              "HubSpot Companies > Export (Record ID, Company name and an MRR property)",
              List.of(
                  new Variant(
                      "decimal",
                      List.of("recordid", "companyname", "parentcompany"),
                      List.of(
                          "--id-column",
                          "Record ID",
                          "--name-column",
                          "Company name",
                          "--parent-column",
                          "Parent Company",
                          "--where",
                          "{money}!=")),
                  new Variant(
                      "decimal",
                      List.of("recordid", "companyname"),
                      List.of(
                          "--id-column",
                          "Record ID",
                          "--name-column",
                          "Company name",
                          "--where",
                          "{money}!="))),
              false,
              "companies with an amount (an empty one is a prospect)",
              "https://knowledge.hubspot.com/import-and-export/export-records"),
          new Source(
              "xero-invoices",
              "Xero invoices (synced table: contact_id, date, sub_total, type, status): a ledger,"
                  + " read as a run rate over the trailing 12 months",
              List.of(
                  new Variant(
                      "decimal",
                      List.of("invoiceid", "contactid", "date", "subtotal", "type", "status"),
                      List.of(
                          "--id-column",
                          "contact_id",
                          "--mrr-column",
                          "sub_total",
                          "--where",
                          "type=ACCREC",
                          "--where",
                          "status=AUTHORISED,PAID",
                          "--trailing",
                          "12",
                          "--date-column",
                          "date"))),
              false,
              "sales invoices (ACCREC) that are AUTHORISED or PAID, dated in the 12 months to --as-of",
              "https://developer.xero.com/documentation/api/accounting/invoices"),
          new Source(
              "quickbooks-invoices",
              "QuickBooks Online invoices (synced table: customer_id, total_amount,"
                  + " transaction_date): a ledger, read as a run rate over the trailing 12 months",
              List.of(
                  new Variant(
                      "decimal",
                      List.of("id", "customerid", "totalamount", "transactiondate", "docnumber"),
                      List.of(
                          "--id-column",
                          "customer_id",
                          "--mrr-column",
                          "total_amount",
                          "--trailing",
                          "12",
                          "--date-column",
                          "transaction_date"))),
              false,
              "invoices dated in the 12 months to --as-of",
              "https://developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/invoice"),
          new Source(
              "stripe-invoice-lines",
              "Stripe invoice line items with their customer (amount in cents, period_start and"
                  + " period_end): each line counts over its service period",
              List.of(
                  new Variant(
                      "cents",
                      List.of("invoiceid", "customer", "amount", "periodstart", "periodend"),
                      List.of(
                          "--id-column",
                          "customer",
                          "--mrr-column",
                          "amount",
                          "--minor-units",
                          "--period-columns",
                          "period_start,period_end"))),
              false,
              "lines whose service period covers --as-of",
              "https://docs.stripe.com/api/invoice-line-item/object"));

  private Sources() {}

  private static Variant chargebeeApi() {
    return new Variant(
        "cents",
        List.of(
            "customerid",
            "status",
            "planunitprice",
            "planquantity",
            "billingperiod",
            "billingperiodunit",
            "currenttermstart",
            "currenttermend"),
        chargebeeOptions("", "customer_id", true));
  }

  private static Variant dotted(String prefix, String customer) {
    String p = Names.normal(prefix);
    return new Variant(
        "decimal",
        List.of(
            Names.normal(customer),
            p + "status",
            p + "planunitprice",
            p + "planquantity",
            p + "billingperiod",
            p + "billingperiodunit"),
        chargebeeOptions(prefix, customer, false),
        // The customer's company sits beside the subscription's columns, singular or plural as the
        // ids are; a person's first and last names are two columns, and --name-column reads one.
        List.of(new Extra("--name-column", List.of("customer.company", "customers.company"))));
  }

  private static List<String> chargebeeOptions(String prefix, String customer, boolean cents) {
    List<String> o = new ArrayList<>();
    o.addAll(List.of("--id-column", customer, "--mrr-column", prefix + "plan_unit_price"));
    if (cents) {
      o.add("--minor-units");
    }
    o.addAll(
        List.of(
            "--interval-column", prefix + "billing_period_unit",
            "--interval-count-column", prefix + "billing_period",
            "--quantity-column", prefix + "plan_quantity",
            // The UI writes Title Case ("Non Renewing"), the API snake_case.
            "--where", prefix + "status=active,non_renewing,Non Renewing"));
    return o;
  }

  /** Every source, in the order docs/sources.md lists them. */
  public static List<Source> all() {
    return ALL;
  }

  /** The source of that name, any case. */
  public static Optional<Source> byName(String name) {
    return ALL.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The names {@code --source} takes, for messages. */
  public static String names() {
    StringBuilder b = new StringBuilder();
    for (Source s : ALL) {
      b.append(s.name()).append(", ");
    }
    return b.append(NONE).toString();
  }

  /** A source and the variant of it a header matches. */
  public record Match(Source source, Variant variant) {}

  /** The first variant of {@code source} the header matches, with the extras its header has. */
  public static Optional<Match> match(Source source, List<String> header) {
    List<String> normal = Names.normalAll(header);
    for (Variant v : source.variants()) {
      if (v.matches(normal)) {
        return Optional.of(new Match(source, v.forHeader(header)));
      }
    }
    return Optional.empty();
  }

  /** Each source whose signature the header matches (its first matching variant). */
  public static List<Match> detect(List<String> header) {
    List<Match> found = new ArrayList<>();
    for (Source s : ALL) {
      match(s, header).ifPresent(found::add);
    }
    return found;
  }
}
