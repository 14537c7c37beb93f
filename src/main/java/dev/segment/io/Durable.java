package dev.segment.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writing that survives a crash: files and folder entries flushed to disk before a journal relies
 * on them, and hidden leftovers removed on a best-effort basis.
 */
final class Durable {
  private Durable() {}

  /** Writes a new file and flushes it to disk. */
  static void write(Path file, OutputFolder.Content content) throws IOException {
    try (OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            1 << 16)) {
      content.writeTo(out);
    }
    // On disk before the journal names it: a run killed after writing the journal relies on it.
    force(file);
  }

  static void force(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /** Flushes the folder's entries (creations, renames, removals) to disk. */
  static void forceFolder(Path dir) throws IOException {
    FileChannel ch;
    try {
      ch = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (AccessDeniedException | UnsupportedOperationException e) {
      // Windows opens no folder as a file; its renames are written through already.
      return;
    }
    try (ch) {
      ch.force(true);
    }
  }

  /** Removes a hidden leftover of segment's own scheme if it can; the next run removes the rest. */
  static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A hidden leftover of segment's own scheme: the next run removes it.
    }
  }
}
