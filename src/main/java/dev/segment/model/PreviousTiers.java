package dev.segment.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an earlier run's {@code tiers.csv} said: each customer's tier label, MRR and name, and the
 * tier labels in order of first appearance. Held in columns (ids and names in an {@link IdTable},
 * which finds them again by id; MRR as an unscaled long and a scale; the label as an index), so an
 * earlier file of 10 M customers costs about 40 bytes a customer plus its text, not a map entry, a
 * record, a {@code BigDecimal} and two {@code String}s apiece.
 */
public final class PreviousTiers {
  private final String source;
  private final List<String> labels;
  private final IdTable ids;
  private final TextArena text;
  private final int size;
  private final int[] address;
  private final long[] unscaled;
  private final byte[] scale;
  private final int[] label;
  private final Map<Integer, BigDecimal> large;

  /** One customer of the earlier run; {@code label} indexes {@link #labels()}. */
  public record Entry(String name, BigDecimal mrr, int label) {}

  /**
   * The earlier run from a map by customer id (the neutralising {@code '} removed); for tests and
   * small files.
   */
  public PreviousTiers(String source, List<String> labels, Map<String, Entry> customers) {
    this(from(source, labels, customers));
  }

  private static Builder from(String source, List<String> labels, Map<String, Entry> customers) {
    Builder b = new Builder(source);
    for (String l : labels) {
      b.label(l);
    }
    for (Map.Entry<String, Entry> e : new TreeMap<>(customers).entrySet()) {
      Entry v = e.getValue();
      if (v.label() < 0 || v.label() >= labels.size()) {
        throw new IllegalArgumentException("label index out of range for " + e.getKey());
      }
      b.add(e.getKey(), v.name(), v.mrr(), v.label());
    }
    return b;
  }

  private PreviousTiers(Builder b) {
    this.source = b.source;
    this.labels = List.copyOf(b.labels);
    this.ids = b.ids;
    this.text = b.ids.text();
    this.size = b.ids.size();
    this.address = b.ids.addresses();
    this.unscaled = Arrays.copyOf(b.unscaled, size);
    this.scale = Arrays.copyOf(b.scale, size);
    this.label = Arrays.copyOf(b.label, size);
    this.large = Map.copyOf(b.large);
  }

  /** The path as given to {@code --previous}. */
  public String source() {
    return source;
  }

  /** Distinct tier labels in the order the file first shows them. */
  public List<String> labels() {
    return labels;
  }

  /** How many customers the earlier file lists. */
  public int size() {
    return size;
  }

  /** The row of the customer with this id, or -1 when the earlier file does not have it. */
  public int find(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    return ids.find(bytes, bytes.length);
  }

  /**
   * Each customer's earlier row by customer index, or -1 for one the earlier file does not have:
   * one lookup per customer, by the id's bytes, for every comparison of the run to share.
   */
  public int[] rowsOf(Customers customers) {
    int[] rows = new int[customers.size()];
    byte[] id = new byte[64];
    for (int c = 0; c < rows.length; c++) {
      int length = customers.idByteLength(c);
      if (length > id.length) {
        id = new byte[Math.max(length, id.length * 2)];
      }
      customers.copyIdBytes(c, id, 0);
      rows[c] = ids.find(id, length);
    }
    return rows;
  }

  /** The customer with this id, or {@code null}. */
  public Entry get(String id) {
    int row = find(id);
    return row < 0 ? null : new Entry(name(row), mrr(row), label(row));
  }

  public String id(int row) {
    return text.id(address[row]);
  }

  public String name(int row) {
    return text.name(address[row]);
  }

  /** The earlier MRR, every digit of the file's {@code mrr} cell kept. */
  public BigDecimal mrr(int row) {
    if (scale[row] == Byte.MIN_VALUE) {
      return large.get(row);
    }
    return BigDecimal.valueOf(unscaled[row], scale[row]);
  }

  /** The earlier tier, an index into {@link #labels()}. */
  public int label(int row) {
    return label[row];
  }

  /** Collects the rows of an earlier tiers.csv, refusing an id twice. */
  public static final class Builder {
    private final String source;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private final IdTable ids = new IdTable();
    private final Map<Integer, BigDecimal> large = new HashMap<>();
    private long[] unscaled = new long[1024];
    private byte[] scale = new byte[1024];
    private int[] label = new int[1024];

    public Builder(String source) {
      this.source = source;
    }

    /** The index of this label, added at the end when new. */
    public int label(String l) {
      Integer at = labelIndex.get(l);
      if (at == null) {
        at = labels.size();
        labels.add(l);
        labelIndex.put(l, at);
      }
      return at;
    }

    /** Adds a customer; false (and nothing added) when the id is already there. */
    public boolean add(String id, String name, BigDecimal mrr, int labelIndex) {
      int size = ids.size();
      int row = ids.add(id, name);
      if (row < size) {
        return false;
      }
      if (row == unscaled.length) {
        int n = row + (row >> 1);
        unscaled = Arrays.copyOf(unscaled, n);
        scale = Arrays.copyOf(scale, n);
        label = Arrays.copyOf(label, n);
      }
      // Byte.MIN_VALUE marks an amount kept whole in the map: past a long, or at a huge scale.
      if (mrr.scale() > Byte.MIN_VALUE
          && mrr.scale() <= Byte.MAX_VALUE
          && mrr.unscaledValue().bitLength() < Long.SIZE) {
        unscaled[row] = mrr.unscaledValue().longValue();
        scale[row] = (byte) mrr.scale();
      } else {
        scale[row] = Byte.MIN_VALUE;
        large.put(row, mrr);
      }
      label[row] = labelIndex;
      return true;
    }

    public PreviousTiers build() {
      return new PreviousTiers(this);
    }
  }
}
