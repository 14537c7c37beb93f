package dev.segment.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text form of segment's own bookkeeping files (the journal, the manifest): a first line naming
 * the kind and version, the lines, and {@code end}, so a file cut short or not segment's is told
 * from a whole one.
 */
final class FramedLines {
  private static final String LAST_LINE = "end";

  private FramedLines() {}

  /** {@code first}, each line, {@code end}, one a line, in UTF-8. */
  static byte[] bytes(String first, List<String> lines) {
    StringBuilder text = new StringBuilder(first).append('\n');
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.append(LAST_LINE).append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The lines between {@code first} and {@code end}; empty when the file is not whole or text. */
  static Optional<List<String>> read(Path file, String first) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notText) {
      return Optional.empty();
    }
    if (lines.size() < 2
        || !lines.get(0).equals(first)
        || !lines.get(lines.size() - 1).equals(LAST_LINE)) {
      return Optional.empty();
    }
    return Optional.of(lines.subList(1, lines.size() - 1));
  }
}
