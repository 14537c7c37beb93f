package dev.segment.hints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Header names as SPEC matches them: lower-cased, every character but letters and digits gone. */
public final class Names {
  private Names() {}

  /** {@code "Customer ID"} → {@code customerid}. */
  public static String normal(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Each name of a header, normalised. */
  public static List<String> normalAll(List<String> header) {
    List<String> out = new ArrayList<>();
    for (String h : header) {
      out.add(normal(h));
    }
    return out;
  }

  /**
   * The normalised names of a currency column beside the money column headed {@code money}: SPEC's
   * {@code currency}, {@code currency_code} and the money column's name plus {@code currency}; and,
   * for a dotted header such as {@code subscription.plan_unit_price}, the same object's {@code
   * currency} and {@code currency_code} ({@code subscription.currency_code}), since a dotted export
   * writes every field with its object's prefix.
   */
  public static Set<String> currencyNames(String money) {
    Set<String> names = new HashSet<>();
    names.add("currency");
    names.add("currencycode");
    names.add(normal(money) + "currency");
    int dot = money.lastIndexOf('.');
    if (dot > 0) {
      String object = normal(money.substring(0, dot));
      if (!object.isEmpty()) {
        names.add(object + "currency");
        names.add(object + "currencycode");
      }
    }
    return Set.copyOf(names);
  }
}
