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
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --out} folder of one run, which replaces segment's set of files there as one.
 *
 * <p>{@link #open} takes the folder's {@link FolderLock} and holds it until {@link #close}, so runs
 * on one folder take turns. Holding it, the run first finishes (or undoes) a set a killed run left
 * half replaced, from its {@link Journal}, then removes every temporary file segment left there,
 * whatever its age: no other run can be writing one. Files are then staged as hidden temporary
 * files, flushed to disk.
 *
 * <p>{@link #commit} makes a backup of each file it will replace or remove (a hard link, so the
 * file itself stays in place for readers; a copy where the file system has no links), writes the
 * journal listing the renames and removals with their backups, and does them. If one fails (an
 * immutable file, a network file system's error), the journal is renamed to the undo journal and
 * each step done is undone from its backup, so a failed run leaves the last good set. A process
 * killed in between leaves the journal, and the next run finishes or undoes the set from it:
 * whether a step was done is read from the folder (a staged file exists until its rename), so doing
 * the journal again after another kill is harmless.
 */
public final class OutputFolder implements AutoCloseable {
  /** The files segment writes; on success, the ones this run did not write are removed. */
  public static final List<String> OWN_FILES =
      List.of(
          "segments.csv",
          "tiers.csv",
          "changes.csv",
          "retention.csv",
          "sweep.csv",
          "pareto.png",
          "pareto.svg",
          "segment.xlsx",
          "report.html");

  /** The lock file a reader can lock (shared) to read one run's complete set. */
  public static final String LOCK_FILE = FolderLock.FILE;

  /** Writes one file's bytes. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * The renames and removals that change what a reader of the folder sees. A test seam: tests make
   * one fail, or stop the process, to check the set is undone or finished.
   */
  interface FileOps {
    FileOps REAL = new FileOps() {};

    default void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    default void delete(Path file) throws IOException {
      Files.deleteIfExists(file);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final FileOps ops;
  private final FolderLock lock;
  private final Map<String, Path> staged = new LinkedHashMap<>();
  private final Thread cleanup = new Thread(this::abort, "segment-cleanup");
  private boolean committed;
  // Set while this run's journal is in the folder: its staged files are then the next run's to
  // rename, and must outlive this process's cleanup.
  private boolean journalLeft;
  // Volatile and set outside the lock: the main thread may hold the lock for seconds while it
  // writes tiers.csv, and must see the interrupt as soon as it lets go.
  private volatile boolean aborted;

  private OutputFolder(Path dir, FileOps ops, FolderLock lock) {
    this.dir = dir;
    this.ops = ops;
    this.lock = lock;
  }

  /** Creates the folder if needed (the only change a failed run may leave) and holds it. */
  public static OutputFolder open(Path dir) throws IOException {
    return open(dir, () -> {});
  }

  /**
   * Creates the folder if needed and holds it, waiting while another run does; {@code onWait} runs
   * once if it has to wait.
   */
  public static OutputFolder open(Path dir, Runnable onWait) throws IOException {
    return open(dir, onWait, FileOps.REAL);
  }

  static OutputFolder open(Path dir, Runnable onWait, FileOps ops) throws IOException {
    Files.createDirectories(dir);
    if (!Files.isWritable(dir)) {
      throw new java.nio.file.AccessDeniedException(dir.toString(), null, "not writable");
    }
    FolderLock lock = FolderLock.take(dir, onWait);
    try {
      Optional<Journal> left = Journal.find(dir);
      if (left.isPresent()) {
        // A set that cannot be finished is undone, which leaves the set before it: whole too.
        replay(dir, left.get(), ops, false);
      }
      removeTemporaries(dir);
    } catch (IOException | RuntimeException | Error e) {
      lock.close();
      throw e;
    }
    OutputFolder folder = new OutputFolder(dir, ops, lock);
    // An interrupted run (Ctrl-C, kill) must not leave temporary files behind.
    Runtime.getRuntime().addShutdownHook(folder.cleanup);
    return folder;
  }

  public Path dir() {
    return dir;
  }

  /** The paths of the files staged so far, in order: what {@link #commit()} will return. */
  public synchronized List<Path> stagedPaths() {
    List<Path> paths = new ArrayList<>();
    for (String name : staged.keySet()) {
      paths.add(dir.resolve(name));
    }
    return paths;
  }

  /** Writes {@code content} to a temporary file that {@link #commit()} renames to {@code name}. */
  public synchronized void stage(String name, Content content) throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed");
    }
    if (!OWN_FILES.contains(name)) {
      throw new IllegalArgumentException("not one of segment's files: " + name);
    }
    requireNotAborted();
    // Not Files.createTempFile: its 0600 mode would keep a CRM import run as another user out.
    Path tmp = dir.resolve(temporaryName(name, ".tmp"));
    staged.put(name, tmp);
    try (OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            1 << 16)) {
      content.writeTo(out);
    }
    // On disk before the journal names it: a run killed after writing the journal relies on it.
    Journal.force(tmp);
    requireNotAborted();
  }

  /**
   * Renames every staged file into place and removes segment's own files this run did not write, as
   * one set. Returns the final paths in staging order.
   */
  public synchronized List<Path> commit() throws IOException {
    requireNotAborted();
    // Check every target before renaming any, so a run does not stop half committed on a fault
    // it can see coming.
    for (String name : staged.keySet()) {
      Path target = dir.resolve(name);
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(
            target.toString(), null, "is a folder, so segment cannot write its " + name + " there");
      }
    }
    List<Journal.Step> steps = new ArrayList<>();
    try {
      for (Map.Entry<String, Path> e : staged.entrySet()) {
        Path target = dir.resolve(e.getKey());
        Optional<String> backup =
            Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(backUp(target))
                : Optional.empty();
        steps.add(new Journal.Step(e.getKey(), Optional.of(name(e.getValue())), backup));
      }
      for (String own : OWN_FILES) {
        Path stale = dir.resolve(own);
        // Only a regular file of that name is segment's own; a folder or link someone put there
        // is not, and is left alone.
        if (!staged.containsKey(own) && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
          steps.add(new Journal.Step(own, Optional.empty(), Optional.of(backUp(stale))));
        }
      }
    } catch (IOException | RuntimeException e) {
      removeBackups(dir, steps);
      throw e;
    }
    Journal journal = new Journal(false, steps);
    try {
      journal.write(dir);
    } catch (IOException e) {
      removeBackups(dir, steps);
      throw e;
    }
    journalLeft = true;
    try {
      replay(dir, journal, ops, true);
    } finally {
      journalLeft = Journal.isPresent(dir);
    }
    committed = true;
    List<Path> written = new ArrayList<>();
    for (String name : staged.keySet()) {
      written.add(dir.resolve(name));
    }
    staged.clear();
    return written;
  }

  /**
   * Does a journal's steps, or undoes them if it is one to undo or a step fails; then removes it
   * and the backups. A failure to finish is rethrown after the undo if {@code rethrow}, and always
   * when the undo fails too.
   */
  private static void replay(Path dir, Journal journal, FileOps ops, boolean rethrow)
      throws IOException {
    if (journal.undo()) {
      undo(dir, journal, ops);
      return;
    }
    try {
      for (Journal.Step s : journal.steps()) {
        if (!s.done(dir)) {
          Path target = dir.resolve(s.target());
          if (s.staged().isPresent()) {
            move(ops, dir.resolve(s.staged().get()), target);
          } else {
            ops.delete(target);
          }
        }
      }
    } catch (IOException failed) {
      try {
        undo(dir, Journal.markUndo(dir, journal), ops);
      } catch (IOException | RuntimeException notUndone) {
        failed.addSuppressed(notUndone);
        throw failed;
      }
      if (rethrow) {
        throw failed;
      }
      return;
    }
    Journal.remove(dir, journal);
    removeBackups(dir, journal.steps());
  }

  /** A rename whose failure names the file the user knows, not the hidden staged one. */
  private static void move(FileOps ops, Path staged, Path target) throws IOException {
    try {
      ops.move(staged, target);
    } catch (java.nio.file.AccessDeniedException e) {
      throw (IOException) new java.nio.file.AccessDeniedException(target.toString()).initCause(e);
    } catch (FileSystemException e) {
      throw (IOException)
          new FileSystemException(target.toString(), null, e.getReason()).initCause(e);
    }
  }

  private static void undo(Path dir, Journal journal, FileOps ops) throws IOException {
    List<Journal.Step> steps = new ArrayList<>(journal.steps());
    java.util.Collections.reverse(steps);
    for (Journal.Step s : steps) {
      if (!s.done(dir)) {
        continue; // the target is still the old file (and a staged file is removed with the rest)
      }
      Path target = dir.resolve(s.target());
      if (s.backup().isEmpty()) {
        ops.delete(target); // there was no file of that name before
      } else if (Files.exists(dir.resolve(s.backup().get()), LinkOption.NOFOLLOW_LINKS)) {
        ops.move(dir.resolve(s.backup().get()), target);
      }
    }
    Journal.remove(dir, journal);
    removeBackups(dir, journal.steps());
  }

  /** A hard link to {@code file} (or a copy), which keeps it whatever the renames do. */
  private String backUp(Path file) throws IOException {
    String name = temporaryName(name(file), ".bak");
    Path backup = dir.resolve(name);
    try {
      Files.createLink(backup, file);
    } catch (UnsupportedOperationException | FileSystemException noLink) {
      // No hard links here (FAT, some network shares), or the file refuses one (immutable):
      // a copy restores the content as well.
      Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      if (Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS)) {
        Journal.force(backup);
      }
    }
    return name;
  }

  private static void removeBackups(Path dir, List<Journal.Step> steps) {
    for (Journal.Step s : steps) {
      s.backup()
          .ifPresent(
              b -> {
                try {
                  Files.deleteIfExists(dir.resolve(b));
                } catch (IOException ignored) {
                  // A hidden leftover; the next run removes it.
                }
              });
    }
  }

  /**
   * Temporary files, backups and a half-written journal of an earlier run that was killed outright
   * (no shutdown hook ran). Whatever their age: under the lock, no other run can be writing one.
   */
  private static void removeTemporaries(Path dir) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*")) {
      for (Path f : files) {
        if (isTemporary(name(f)) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static boolean isTemporary(String name) {
    if (Journal.isBeingWritten(name)) {
      return true;
    }
    for (String own : OWN_FILES) {
      if (name.startsWith("." + own + ".") && (name.endsWith(".tmp") || name.endsWith(".bak"))) {
        return true;
      }
    }
    return false;
  }

  private static String temporaryName(String name, String suffix) {
    return "." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix;
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  /** Deletes whatever was staged and not committed, and lets the next run have the folder. */
  @Override
  public synchronized void close() throws IOException {
    deleteStaged();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to run: it does the same cleanup.
    }
    lock.close();
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
    if (journalLeft) {
      return;
    }
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
