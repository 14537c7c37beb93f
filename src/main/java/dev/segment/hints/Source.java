package dev.segment.hints;

import java.util.List;

/**
 * A known export: the header it is recognised by and the options it stands for, as data. One source
 * may be written several ways (Chargebee's UI export and its API tables in cents), each a {@link
 * Variant} with its own signature and options.
 *
 * @param name the {@code --source} value
 * @param export what the file is and where the vendor writes it
 * @param variants the ways it is written, the most specific first
 * @param subscriptions one row per subscription (never a ledger, whatever its dates)
 * @param paying the rows its vendor counts as paying, in words for the docs table
 * @param citation where the header and the paying rows come from
 */
public record Source(
    String name,
    String export,
    List<Variant> variants,
    boolean subscriptions,
    String paying,
    String citation) {
  public Source {
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("a source needs a variant");
    }
  }

  /**
   * One way the export is written.
   *
   * @param units what the amounts are in ({@code decimal}, {@code cents})
   * @param signature normalised header names that must all be present
   * @param options the option tokens it stands for; {@code {money}} is replaced by the header of
   *     the first column with an MRR name
   */
  public record Variant(String units, List<String> signature, List<String> options) {
    public Variant {
      signature = List.copyOf(signature);
      options = List.copyOf(options);
    }

    /** True when every signature name is among {@code normalHeader}. */
    public boolean matches(List<String> normalHeader) {
      return normalHeader.containsAll(signature);
    }

    /** The long option names among the tokens ({@code --where} once however often it comes). */
    public List<String> optionNames() {
      return options.stream().filter(t -> t.startsWith("--")).distinct().toList();
    }
  }
}
