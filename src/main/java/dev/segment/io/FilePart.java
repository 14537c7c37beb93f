package dev.segment.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/**
 * The bytes {@code [from, to)} of a file as a stream, each read told to a counter (the progress
 * display). Parts of one file can be read at once on several threads, each with its own channel.
 */
final class FilePart extends InputStream {
  private final FileChannel channel;
  private final LongConsumer counter;
  private final long to;
  private final byte[] one = new byte[1];
  private long at;

  private FilePart(FileChannel channel, long from, long to, LongConsumer counter) {
    this.channel = channel;
    this.at = from;
    this.to = to;
    this.counter = counter;
  }

  static FilePart open(Path file, long from, long to, LongConsumer counter) throws IOException {
    return new FilePart(FileChannel.open(file, StandardOpenOption.READ), from, to, counter);
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (at >= to) {
      return -1;
    }
    int n = channel.read(ByteBuffer.wrap(buf, off, (int) Math.min(len, to - at)), at);
    if (n < 0) {
      return -1;
    }
    at += n;
    counter.accept(n);
    return n;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
