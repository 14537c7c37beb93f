package dev.segment.hints;

import java.util.ArrayList;
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
   * @param extras options it adds only when the header has their column
   */
  public record Variant(
      String units, List<String> signature, List<String> options, List<Extra> extras) {
    public Variant {
      signature = List.copyOf(signature);
      options = List.copyOf(options);
      extras = List.copyOf(extras);
    }

    public Variant(String units, List<String> signature, List<String> options) {
      this(units, signature, options, List.of());
    }

    /** True when every signature name is among {@code normalHeader}. */
    public boolean matches(List<String> normalHeader) {
      return normalHeader.containsAll(signature);
    }

    /** The long option names among the tokens ({@code --where} once however often it comes). */
    public List<String> optionNames() {
      List<String> all = new ArrayList<>(options);
      extras.forEach(e -> all.add(e.option()));
      return all.stream().filter(t -> t.startsWith("--")).distinct().toList();
    }

    /**
     * This variant as it reads {@code header}: each extra whose column the header has added to the
     * options, naming the column as the header writes it; no extras left to add.
     */
    public Variant forHeader(List<String> header) {
      List<String> normal = Names.normalAll(header);
      List<String> tokens = new ArrayList<>(options);
      for (Extra e : extras) {
        for (String column : e.columns()) {
          int at = normal.indexOf(Names.normal(column));
          if (at >= 0) {
            tokens.add(e.option());
            tokens.add(header.get(at));
            break;
          }
        }
      }
      return new Variant(units, signature, tokens);
    }
  }

  /**
   * An option a variant adds only when the header has its column, such as a name column an export
   * writes only when asked for it (a source naming a column the header lacks would be exit 3).
   *
   * @param option the option ({@code --name-column})
   * @param columns the columns it may name, the first the header has winning
   */
  public record Extra(String option, List<String> columns) {
    public Extra {
      columns = List.copyOf(columns);
      if (!option.startsWith("--") || columns.isEmpty()) {
        throw new IllegalArgumentException("an extra is an option and the columns it may name");
      }
    }
  }
}
