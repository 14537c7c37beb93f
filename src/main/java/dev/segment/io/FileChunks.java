package dev.segment.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where to cut a file into parts of about equal size: each cut falls just after a line feed byte.
 * That is only a guess at a record boundary (the line feed may sit inside a quoted field); the
 * parted read proves each cut afterwards, see {@link PartedRead}.
 */
final class FileChunks {
  private static final int SCAN = 1 << 16;

  private FileChunks() {}

  /**
   * The offsets {@code 0 = b[0] < b[1] < … < b[k] = size} of at most {@code parts} parts; fewer
   * when the file has too few line feeds to cut it so.
   */
  static long[] bounds(Path file, long size, int parts) throws IOException {
    long[] bounds = new long[parts + 1];
    int n = 1;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(SCAN);
      for (int k = 1; k < parts; k++) {
        long from = Math.max(size * k / parts, bounds[n - 1]);
        long cut = afterNextLineFeed(channel, buffer, from, size);
        if (cut > bounds[n - 1] && cut < size) {
          bounds[n++] = cut;
        }
      }
    }
    bounds[n++] = size;
    return Arrays.copyOf(bounds, n);
  }

  /** The offset just after the first line feed at or after {@code from}, or {@code size}. */
  private static long afterNextLineFeed(
      FileChannel channel, ByteBuffer buffer, long from, long size) throws IOException {
    long at = from;
    while (at < size) {
      buffer.clear();
      int n = channel.read(buffer, at);
      if (n <= 0) {
        return size;
      }
      byte[] bytes = buffer.array();
      for (int i = 0; i < n; i++) {
        if (bytes[i] == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }
}
