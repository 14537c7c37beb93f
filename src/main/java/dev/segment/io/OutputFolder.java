package dev.segment.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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
 * the journal again after another kill is harmless. Once every step is done the new set is
 * committed: a failure to flush the folder or remove the journal after that is a note, not a
 * failure, and the next run removes the journal and the backups.
 *
 * <p>A journal segment cannot read (damaged, or not segment's) is moved aside to {@code
 * <journal>.bad} when no staged file is left in the folder, since every file there is then a whole
 * file of some run; otherwise the run stops, naming the journal to delete once the files are
 * checked. A {@link Manifest} records what each run wrote, and only those files are ever removed.
 *
 * <p>Temporary names are {@code .segment.<file>.<13 base-36 digits>.tmp} (staged) and {@code .bak}
 * (backups), {@code <file>} one of {@link #OWN_FILES} or {@code manifest}; nothing else hidden is
 * removed. Segment 1.x named them {@code .<file>.<1 to 13 base-36 digits>.tmp}: those are removed
 * only in a folder an older segment wrote (a lock file and no manifest), or when a journal lists
 * them.
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

  /** What the last run wrote: files of segment's names it does not list are the user's. */
  public static final String MANIFEST_FILE = Manifest.FILE;

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

    /** Flushes the folder's entries, before the journal of a committed set is removed. */
    default void sync(Path dir) throws IOException {
      Durable.forceFolder(dir);
    }
  }

  private final Path dir;
  private final FileOps ops;
  private final FolderLock lock;
  private final Consumer<String> notes;
  // Empty in a folder no run of this version has committed in.
  private final Optional<Manifest> manifest;
  private final Map<String, Path> staged = new LinkedHashMap<>();
  private final Thread cleanup = new Thread(this::abort, "segment-cleanup");
  private boolean committed;
  // Said once the set is committed: a run that fails has left nothing to talk about.
  private final List<String> pendingNotes = new ArrayList<>();
  // Set while this run's journal is in the folder: its staged files are then the next run's to
  // rename, and must outlive this process's cleanup.
  private boolean journalLeft;
  // Volatile and set outside the lock: the main thread may hold the lock for seconds while it
  // writes tiers.csv, and must see the interrupt as soon as it lets go.
  private volatile boolean aborted;

  private OutputFolder(
      Path dir, FileOps ops, FolderLock lock, Consumer<String> notes, Optional<Manifest> manifest) {
    this.dir = dir;
    this.ops = ops;
    this.lock = lock;
    this.notes = notes;
    this.manifest = manifest;
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
    return open(dir, onWait, note -> {});
  }

  /**
   * Like {@link #open(Path, Runnable)}; {@code notes} is told, in one sentence each, what the run
   * did that the user should know without it failing (a journal moved aside, a user's file left).
   */
  public static OutputFolder open(Path dir, Runnable onWait, Consumer<String> notes)
      throws IOException {
    return open(dir, onWait, notes, FileOps.REAL);
  }

  static OutputFolder open(Path dir, Runnable onWait, FileOps ops) throws IOException {
    return open(dir, onWait, note -> {}, ops);
  }

  static OutputFolder open(Path dir, Runnable onWait, Consumer<String> notes, FileOps ops)
      throws IOException {
    Files.createDirectories(dir);
    if (!Files.isWritable(dir)) {
      throw new java.nio.file.AccessDeniedException(dir.toString(), null, "not writable");
    }
    boolean usedBefore = Files.exists(dir.resolve(LOCK_FILE), LinkOption.NOFOLLOW_LINKS);
    FolderLock lock = FolderLock.take(dir, onWait);
    Optional<Manifest> manifest;
    try {
      manifest = Leftovers.clear(dir, usedBefore, ops, notes);
    } catch (IOException | RuntimeException | Error e) {
      lock.close();
      throw e;
    }
    OutputFolder folder = new OutputFolder(dir, ops, lock, notes, manifest);
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
    Path tmp = dir.resolve(FolderFiles.temporaryName(name, FolderFiles.STAGED));
    staged.put(name, tmp);
    Durable.write(tmp, content);
    requireNotAborted();
  }

  /**
   * Renames every staged file into place and removes segment's own files this run did not write, as
   * one set. Returns the final paths in staging order.
   */
  public synchronized List<Path> commit() throws IOException {
    requireNotAborted();
    requireNoFolderTargets();
    CommitSteps next = CommitSteps.plan(dir, staged, manifest);
    pendingNotes.addAll(next.notes());
    Journal journal = new Journal(false, next.steps());
    try {
      journal.write(dir);
    } catch (IOException e) {
      next.discard();
      throw e;
    }
    journalLeft = true;
    try {
      JournalReplay.replay(dir, journal, ops, true, notes);
    } finally {
      journalLeft = Journal.isPresent(dir);
      if (!journalLeft) {
        // An undone set's new manifest; gone already when done.
        Durable.deleteQuietly(next.manifestFile());
      }
    }
    committed = true;
    pendingNotes.forEach(notes);
    List<Path> written = stagedPaths();
    staged.clear();
    return written;
  }

  /**
   * Checks every target before renaming any, so a run does not stop half committed on a fault it
   * can see coming.
   */
  private void requireNoFolderTargets() throws IOException {
    for (String name : staged.keySet()) {
      Path target = dir.resolve(name);
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(
            target.toString(), null, "is a folder, so segment cannot write its " + name + " there");
      }
    }
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
    // Best effort: the run is failing already and the files are hidden.
    staged.values().forEach(Durable::deleteQuietly);
    staged.clear();
  }
}
