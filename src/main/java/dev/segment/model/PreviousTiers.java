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
 * tier labels in order of first appearance. Held in columns (ids and names in a {@link TextArena},
 * MRR as an unscaled long and a scale, the label as an index, an open-addressing table for lookup
 * by id), so an earlier file of 10 M customers costs about 60 bytes a customer plus its text, not a
 * map entry, a record, a {@code BigDecimal} and two {@code String}s apiece.
 */
public final class PreviousTiers {
  private final String source;
  private final List<String> labels;
  private final TextArena text;
  private final int size;
  private final int[] address;
  private final long[] unscaled;
  private final byte[] scale;
  private final int[] label;
  private final Map<Integer, BigDecimal> large;
  private final int[] table;

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
    this.text = b.text;
    this.size = b.size;
    this.address = Arrays.copyOf(b.address, b.size);
    this.unscaled = Arrays.copyOf(b.unscaled, b.size);
    this.scale = Arrays.copyOf(b.scale, b.size);
    this.label = Arrays.copyOf(b.label, b.size);
    this.large = Map.copyOf(b.large);
    this.table = b.table;
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
    return find(table, text, address, bytes, bytes.length);
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
      rows[c] = find(table, text, address, id, length);
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

  private static int find(int[] table, TextArena text, int[] address, byte[] id, int length) {
    int mask = table.length - 1;
    for (int slot = TextArena.hash(id, 0, length) & mask; ; slot = (slot + 1) & mask) {
      int row = table[slot] - 1;
      if (row < 0) {
        return -1;
      }
      if (text.idEquals(address[row], id, length)) {
        return row;
      }
    }
  }

  /** Collects the rows of an earlier tiers.csv, refusing an id twice. */
  public static final class Builder {
    private static final byte[] NO_NAME = new byte[0];
    private final String source;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private final TextArena text = new TextArena();
    private final Map<Integer, BigDecimal> large = new HashMap<>();
    private int size;
    private int[] address = new int[16];
    private long[] unscaled = new long[16];
    private byte[] scale = new byte[16];
    private int[] label = new int[16];
    private int[] table = new int[32];

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
      byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
      if (find(table, text, address, idBytes, idBytes.length) >= 0) {
        return false;
      }
      if (size == address.length) {
        int n = size + (size >> 1);
        address = Arrays.copyOf(address, n);
        unscaled = Arrays.copyOf(unscaled, n);
        scale = Arrays.copyOf(scale, n);
        label = Arrays.copyOf(label, n);
      }
      byte[] nameBytes = name.isEmpty() ? NO_NAME : name.getBytes(StandardCharsets.UTF_8);
      address[size] = text.add(idBytes, 0, idBytes.length, nameBytes, 0, nameBytes.length);
      if (mrr.scale() > Byte.MIN_VALUE
          && mrr.scale() <= Byte.MAX_VALUE
          && mrr.unscaledValue().bitLength() < Long.SIZE) {
        unscaled[size] = mrr.unscaledValue().longValue();
        scale[size] = (byte) mrr.scale();
      } else {
        scale[size] = Byte.MIN_VALUE;
        large.put(size, mrr);
      }
      label[size] = labelIndex;
      size++;
      if (size * 2 > table.length) {
        rehash(table.length * 2);
      }
      insert(size - 1, idBytes);
      return true;
    }

    private void insert(int row, byte[] id) {
      int mask = table.length - 1;
      int slot = TextArena.hash(id, 0, id.length) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = row + 1;
    }

    private void rehash(int capacity) {
      table = new int[capacity];
      int mask = capacity - 1;
      for (int row = 0; row < size - 1; row++) {
        int a = address[row];
        int slot = text.idHash(a) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = row + 1;
      }
    }

    public PreviousTiers build() {
      return new PreviousTiers(this);
    }
  }
}
