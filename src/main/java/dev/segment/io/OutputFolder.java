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
import java.util.Set;
import java.util.TreeSet;
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
      Journal.forceFolder(dir);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

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
      Optional<Journal> left;
      try {
        left = Journal.find(dir);
      } catch (Journal.Unreadable bad) {
        setAside(dir, bad.file(), notes);
        left = Optional.empty();
      }
      if (left.isPresent()) {
        // A set that cannot be finished is undone, which leaves the set before it: whole too.
        replay(dir, left.get(), ops, false, notes);
      }
      manifest = readManifest(dir, notes);
      // A folder an older segment wrote: its lock file, but no manifest.
      removeTemporaries(dir, usedBefore && manifest.isEmpty());
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
    Path tmp = dir.resolve(temporaryName(name, ".tmp"));
    staged.put(name, tmp);
    write(tmp, content);
    requireNotAborted();
  }

  /** Writes a new file and flushes it to disk. */
  private static void write(Path tmp, Content content) throws IOException {
    try (OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            1 << 16)) {
      content.writeTo(out);
    }
    // On disk before the journal names it: a run killed after writing the journal relies on it.
    Journal.force(tmp);
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
    Path newManifest = null;
    try {
      for (Map.Entry<String, Path> e : staged.entrySet()) {
        Path target = dir.resolve(e.getKey());
        Optional<String> backup =
            Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(backUp(target))
                : Optional.empty();
        steps.add(new Journal.Step(e.getKey(), Optional.of(name(e.getValue())), backup));
      }
      Set<String> leftAlone = new TreeSet<>();
      for (String own : OWN_FILES) {
        Path stale = dir.resolve(own);
        // Only a regular file of that name is segment's own; a folder or link someone put there
        // is not, and is left alone.
        if (staged.containsKey(own) || !Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (manifest.map(m -> m.wrote().contains(own)).orElse(false)) {
          steps.add(new Journal.Step(own, Optional.empty(), Optional.of(backUp(stale))));
        } else {
          // Not written by segment, as far as the folder's manifest says: the user's own file.
          leftAlone.add(own);
        }
      }
      Manifest next = new Manifest(staged.keySet(), leftAlone);
      newManifest = dir.resolve(temporaryName(MANIFEST_FILE, ".tmp"));
      write(newManifest, out -> out.write(next.bytes()));
      Path oldManifest = dir.resolve(MANIFEST_FILE);
      steps.add(
          new Journal.Step(
              MANIFEST_FILE,
              Optional.of(name(newManifest)),
              Files.isRegularFile(oldManifest, LinkOption.NOFOLLOW_LINKS)
                  ? Optional.of(backUp(oldManifest))
                  : Optional.empty()));
      for (String own : leftAlone) {
        if (!manifest.map(m -> m.left().contains(own)).orElse(false)) {
          pendingNotes.add(
              "left "
                  + own
                  + " in "
                  + dir
                  + " as it was: segment did not write it, so it is not segment's to remove"
                  + " (delete it if it is from an earlier run; said once)");
        }
      }
    } catch (IOException | RuntimeException e) {
      removeBackups(dir, steps);
      deleteQuietly(newManifest);
      throw e;
    }
    Journal journal = new Journal(false, steps);
    try {
      journal.write(dir);
    } catch (IOException e) {
      removeBackups(dir, steps);
      deleteQuietly(newManifest);
      throw e;
    }
    journalLeft = true;
    try {
      replay(dir, journal, ops, true, notes);
    } finally {
      journalLeft = Journal.isPresent(dir);
      if (!journalLeft) {
        deleteQuietly(newManifest); // an undone set's new manifest; gone already when done
      }
    }
    committed = true;
    pendingNotes.forEach(notes);
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
  private static void replay(
      Path dir, Journal journal, FileOps ops, boolean rethrow, Consumer<String> notes)
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
    try {
      ops.sync(dir);
      ops.delete(dir.resolve(journal.fileName()));
    } catch (IOException notRemoved) {
      if (!rethrow) {
        throw notRemoved; // the run that found the journal cannot go on past it
      }
      // Every rename is done: the new set is committed, and a non-zero exit would say the last
      // good set is still there. The journal, all done, is harmless to the next run.
      notes.accept(
          "the new files are in place in "
              + dir
              + ", but segment could not finish its journal ("
              + notReason(notRemoved)
              + "); the next run on this folder removes it and the backups");
      return;
    }
    removeBackups(dir, journal.steps());
  }

  private static String notReason(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason()
        : String.valueOf(e.getMessage());
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
  private static void removeTemporaries(Path dir, boolean olderScheme) throws IOException {
    for (Path f : temporaries(dir, olderScheme, false)) {
      Files.deleteIfExists(f);
    }
  }

  /** The regular files in the folder named as segment names its temporaries (or staged files). */
  private static List<Path> temporaries(Path dir, boolean olderScheme, boolean stagedOnly)
      throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*")) {
      for (Path f : files) {
        if (isTemporary(name(f), olderScheme, stagedOnly)
            && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          found.add(f);
        }
      }
    }
    return found;
  }

  private static boolean isTemporary(String name, boolean olderScheme, boolean stagedOnly) {
    if (Journal.isBeingWritten(name)) {
      return !stagedOnly;
    }
    List<String> suffixes = stagedOnly ? List.of(".tmp") : List.of(".tmp", ".bak");
    for (String target : TARGETS) {
      for (String suffix : suffixes) {
        if (isTemporaryOf(target, name, suffix, olderScheme)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Segment's files and its manifest: what a journal may rename. */
  private static final List<String> TARGETS = targets();

  private static List<String> targets() {
    List<String> all = new ArrayList<>(OWN_FILES);
    all.add(MANIFEST_FILE);
    return List.copyOf(all);
  }

  static boolean isTarget(String name) {
    return TARGETS.contains(name);
  }

  /**
   * Whether {@code name} is a temporary file segment makes for {@code target}: exactly {@code
   * .segment.<file>.<13 base-36 digits><suffix>}, or with {@code olderScheme} also segment 1.x's
   * {@code .<file>.<1 to 13 base-36 digits><suffix>}.
   */
  static boolean isTemporaryOf(String target, String name, String suffix, boolean olderScheme) {
    String stem = target.equals(MANIFEST_FILE) ? "manifest" : target;
    if (matches(name, ".segment." + stem + ".", 13, 13, suffix)) {
      return true;
    }
    return olderScheme
        && OWN_FILES.contains(target)
        && matches(name, "." + target + ".", 1, 13, suffix);
  }

  private static boolean matches(String name, String prefix, int min, int max, String suffix) {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) {
      return false;
    }
    int digits = name.length() - prefix.length() - suffix.length();
    if (digits < min || digits > max) {
      return false;
    }
    for (int i = prefix.length(); i < prefix.length() + digits; i++) {
      char c = name.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  private static String temporaryName(String target, String suffix) {
    String stem = target.equals(MANIFEST_FILE) ? "manifest" : target;
    String random = Long.toUnsignedString(RANDOM.nextLong(), 36);
    return ".segment." + stem + "." + "0".repeat(13 - random.length()) + random + suffix;
  }

  /**
   * A journal that cannot be read: which of its steps were done is unknown. With no staged file
   * left, every file of segment's names in the folder was renamed into place whole, so the journal
   * is moved aside and the run goes on; otherwise the folder may hold a set half replaced, and only
   * the user can tell.
   */
  private static void setAside(Path dir, Path journal, Consumer<String> notes) throws IOException {
    List<Path> staged = temporaries(dir, true, true);
    if (!staged.isEmpty()) {
      List<String> names = new ArrayList<>();
      staged.forEach(f -> names.add(name(f)));
      java.util.Collections.sort(names);
      throw new FileSystemException(
          journal.toString(),
          null,
          "segment's journal "
              + journal
              + " cannot be read and the folder still holds files a run staged ("
              + String.join(", ", names)
              + "), so segment cannot tell whether its files are one whole set; check them,"
              + " then delete "
              + journal
              + " and run again");
    }
    Path aside = journal.resolveSibling(name(journal) + ".bad");
    Files.move(journal, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Journal.forceFolder(dir);
    notes.accept(
        "segment's journal "
            + journal
            + " could not be read (damaged, or not segment's); moved it aside to "
            + aside
            + " and went on, since every file in "
            + dir
            + " is a whole one");
  }

  /** The folder's manifest; one that cannot be read counts as none, which removes nothing. */
  private static Optional<Manifest> readManifest(Path dir, Consumer<String> notes)
      throws IOException {
    try {
      return Manifest.read(dir);
    } catch (Manifest.Unreadable e) {
      notes.accept(
          "segment's manifest "
              + e.getMessage()
              + " could not be read; files of segment's names this run does not write are left"
              + " as they are");
      return Optional.empty();
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A hidden leftover of segment's own scheme: the next run removes it.
    }
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
