package dev.segment.io;

import dev.segment.model.DataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a small file an option names ({@code --config}): read up to a size limit, so {@code
 * --config /dev/zero} stops at once, and decoded strictly as UTF-8, so a binary file or one in
 * another encoding is a sentence naming the file, the option and the line.
 */
public final class OptionFileText {
  private OptionFileText() {}

  /**
   * The file's text, a leading byte-order mark dropped.
   *
   * @throws DataException when the file is over {@code maxBytes}, binary (a NUL byte) or not UTF-8
   * @throws IOException when the file cannot be read
   */
  public static String read(Path file, String option, long maxBytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw OptionFileException.folder(option, file, "a file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (FileSystemException e) {
      throw new OptionFileException(option, file, e);
    }
    if (bytes.length > maxBytes) {
      throw new DataException(
          "the "
              + option
              + " file "
              + file
              + " is over "
              + size(maxBytes)
              + ", more than an option file needs; is it the right file?");
    }
    StringBuilder text = new StringBuilder(bytes.length);
    try (Reader reader =
        DecodingReader.optionFile(new ByteArrayInputStream(bytes), file.toString(), option)) {
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
        text.append(buf, 0, n);
      }
    }
    return text.toString();
  }

  private static String size(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }
}
