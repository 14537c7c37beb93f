package dev.segment.hints;

import java.util.ArrayList;
import java.util.List;

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
}
