package dev.segment.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --out} folder of one run: files are staged as hidden temporary files beside their
 * final names and only renamed into place by {@link #commit()}, so a run that fails or is
 * interrupted leaves what a CRM import or the last good run left there exactly as it was.
 */
public final class OutputFolder implements AutoCloseable {
  /** The files segment writes; on success, the ones this run did not write are removed. */
  public static final List<String> OWN_FILES =
      List.of("segments.csv", "tiers.csv", "changes.csv", "pareto.png");

  /** Writes one file's bytes. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final Map<String, Path> staged = new LinkedHashMap<>();
  private final Thread cleanup = new Thread(this::abort, "segment-cleanup");
  private boolean committed;
  // Volatile and set outside the lock: the main thread may hold the lock for seconds while it
  // writes tiers.csv, and must see the interrupt as soon as it lets go.
  private volatile boolean aborted;

  private OutputFolder(Path dir) {
    this.dir = dir;
  }

  /** Creates the folder if needed (the only change a failed run may leave). */
  public static OutputFolder open(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (!Files.isWritable(dir)) {
      throw new java.nio.file.AccessDeniedException(dir.toString(), null, "not writable");
    }
    OutputFolder folder = new OutputFolder(dir);
    // An interrupted run (Ctrl-C, kill) must not leave temporary files behind.
    Runtime.getRuntime().addShutdownHook(folder.cleanup);
    return folder;
  }

  public Path dir() {
    return dir;
  }

  /** Writes {@code content} to a temporary file that {@link #commit()} renames to {@code name}. */
  public synchronized void stage(String name, Content content) throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed");
    }
    requireNotAborted();
    // Not Files.createTempFile: its 0600 mode would keep a CRM import run as another user out.
    Path tmp =
        dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    staged.put(name, tmp);
    try (OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            1 << 16)) {
      content.writeTo(out);
    }
    requireNotAborted();
  }

  /**
   * Renames every staged file into place, then removes segment's own files this run did not write.
   * Returns the final paths in staging order.
   */
  public synchronized List<Path> commit() throws IOException {
    requireNotAborted();
    List<Path> written = new ArrayList<>();
    // Check every target before renaming any, so a run cannot stop half committed.
    for (String name : staged.keySet()) {
      Path target = dir.resolve(name);
      if (Files.isDirectory(target)) {
        throw new FileSystemException(
            target.toString(), null, "is a folder, so segment cannot write its " + name + " there");
      }
    }
    for (Map.Entry<String, Path> e : staged.entrySet()) {
      Path target = dir.resolve(e.getKey());
      try {
        Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(target);
    }
    committed = true;
    for (String own : OWN_FILES) {
      Path stale = dir.resolve(own);
      // Only a regular file of that name is segment's own; a folder or link someone put there is
      // not, and is left alone.
      if (!staged.containsKey(own) && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(stale);
      }
    }
    staged.clear();
    removeLeftoverTemporaries();
    return written;
  }

  /**
   * Temporary files of an earlier run that was killed outright (no shutdown hook ran). Only those
   * untouched for an hour: a younger one may belong to another run writing into the same folder.
   */
  private void removeLeftoverTemporaries() throws IOException {
    FileTime cutoff = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        for (String own : OWN_FILES) {
          if (name.startsWith("." + own + ".")
              && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
              && Files.getLastModifiedTime(f).compareTo(cutoff) < 0) {
            Files.deleteIfExists(f);
          }
        }
      }
    }
  }

  /** Deletes whatever was staged and not committed. */
  @Override
  public synchronized void close() {
    deleteStaged();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to run: it does the same cleanup.
    }
  }

  /**
   * The shutdown hook ran (Ctrl-C, kill): the run is over, and the main thread, which may still be
   * running while hooks run, must neither stage nor commit, or it would rename a half-finished set
   * of files into place and remove the last good run's others.
   */
  private void requireNotAborted() throws IOException {
    if (aborted) {
      throw new java.io.InterruptedIOException("interrupted: nothing in " + dir + " was changed");
    }
  }

  void abort() {
    aborted = true;
    deleteStaged();
  }

  private synchronized void deleteStaged() {
    for (Path tmp : staged.values()) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // Best effort: the run is failing already and the file is hidden.
      }
    }
    staged.clear();
  }
}
