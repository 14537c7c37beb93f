package dev.segment.text;

/**
 * A path as a mailed page may show it: its last name only, since a local folder path tells the
 * reader nothing and the sender's folders are their own business.
 */
public final class FileNames {
  private FileNames() {}

  /**
   * {@code /home/ann/exports/customers.csv} → {@code customers.csv}; {@code C:\exports\a.csv} →
   * {@code a.csv}; {@code segment-out/} → {@code segment-out}; a bare name as it is.
   */
  public static String last(String path) {
    String p = path;
    while (p.length() > 1 && (p.endsWith("/") || p.endsWith("\\"))) {
      p = p.substring(0, p.length() - 1);
    }
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return slash < 0 || p.length() == 1 ? p : p.substring(slash + 1);
  }
}
