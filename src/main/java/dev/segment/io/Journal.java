package dev.segment.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list of renames and removals that replace one run's set of files, written to the folder (and
 * flushed to disk) before the first of them and removed after the last, so the next run can finish,
 * or undo, a set a killed run left half replaced. Which of the two is decided by the file's name:
 * {@code .segment.journal} is finished, {@code .segment.undo} undone.
 */
record Journal(boolean undo, List<Journal.Step> steps) {
  static final String TO_FINISH = ".segment.journal";
  static final String TO_UNDO = ".segment.undo";
  private static final String BEING_WRITTEN = ".segment.journal.tmp";
  private static final String FIRST_LINE = "segment journal 1";

  Journal {
    steps = List.copyOf(steps);
  }

  /**
   * One file of the set: {@code staged} (a temporary file) renamed to {@code target}, or, when
   * there is no staged file, {@code target} removed; {@code backup} is a hard link to (or a copy
   * of) the target as it was, absent when there was none.
   */
  record Step(String target, Optional<String> staged, Optional<String> backup) {
    Step {
      if (!FolderFiles.isTarget(target)
          || !staged
              .map(s -> FolderFiles.isTemporaryOf(target, s, FolderFiles.STAGED, true))
              .orElse(true)
          || !backup
              .map(b -> FolderFiles.isTemporaryOf(target, b, FolderFiles.BACKUP, true))
              .orElse(true)
          || (staged.isEmpty() && backup.isEmpty())) {
        throw new IllegalArgumentException("not a step of segment's: " + target);
      }
    }

    /**
     * Whether the rename or removal has happened, read from the folder: a rename is atomic, so the
     * staged file exists exactly until it is done (it was flushed to disk before the journal was
     * written).
     */
    boolean done(Path dir) {
      return staged.isPresent()
          ? !Files.exists(dir.resolve(staged.get()), LinkOption.NOFOLLOW_LINKS)
          : !Files.exists(dir.resolve(target), LinkOption.NOFOLLOW_LINKS);
    }

    String line() {
      return target + "\t" + staged.orElse("-") + "\t" + backup.orElse("-");
    }

    static Step parse(String line) {
      String[] cells = line.split("\t", -1);
      if (cells.length != 3) {
        throw new IllegalArgumentException("not a step: " + line);
      }
      return new Step(cells[0], cell(cells[1]), cell(cells[2]));
    }

    private static Optional<String> cell(String cell) {
      return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }
  }

  /** Writes the journal to finish, flushed to disk with the folder. */
  void write(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Step s : steps) {
      lines.add(s.line());
    }
    Path tmp = dir.resolve(BEING_WRITTEN);
    try {
      Files.write(tmp, FramedLines.bytes(FIRST_LINE, lines));
      Durable.force(tmp);
      // The staged files, the backups and the journal's own entry must be on disk before the
      // journal appears under its name, or a crash could leave a journal naming files that are
      // not.
      Durable.forceFolder(dir);
      Files.move(tmp, dir.resolve(TO_FINISH), StandardCopyOption.ATOMIC_MOVE);
      Durable.forceFolder(dir);
    } catch (IOException e) {
      // Nothing is renamed yet: without the journal the run fails cleanly.
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir.resolve(TO_FINISH));
      throw e;
    }
  }

  /**
   * Turns the journal to finish into one to undo, by a rename: it needs no free space, so it works
   * on the full disk that may be why a rename failed.
   */
  static Journal markUndo(Path dir, Journal journal) throws IOException {
    Files.move(dir.resolve(TO_FINISH), dir.resolve(TO_UNDO), StandardCopyOption.ATOMIC_MOVE);
    Durable.forceFolder(dir);
    return new Journal(true, journal.steps);
  }

  /** Removes the journal once its steps are all done (or all undone). */
  static void remove(Path dir, Journal journal) throws IOException {
    Durable.forceFolder(dir);
    Files.delete(dir.resolve(journal.fileName()));
  }

  /** The journal's name in the folder. */
  String fileName() {
    return undo ? TO_UNDO : TO_FINISH;
  }

  /**
   * A journal segment cannot read: damaged (a disk error, a hand edit) or not segment's at all.
   * Which of its steps were done is unknown, so the folder decides what happens (see {@link
   * OutputFolder}).
   */
  static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    Unreadable(Path file) {
      super(file.toString());
      this.file = file;
    }

    Path file() {
      return file;
    }
  }

  /** The journal a killed or failed run left, if any; one to undo wins. */
  static Optional<Journal> find(Path dir) throws IOException {
    for (String name : List.of(TO_UNDO, TO_FINISH)) {
      Path file = dir.resolve(name);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(read(file, name.equals(TO_UNDO)));
      }
    }
    return Optional.empty();
  }

  private static Journal read(Path file, boolean undo) throws IOException {
    List<String> lines = FramedLines.read(file, FIRST_LINE).orElseThrow(() -> new Unreadable(file));
    try {
      List<Step> steps = new ArrayList<>();
      for (String line : lines) {
        steps.add(Step.parse(line));
      }
      return new Journal(undo, steps);
    } catch (IllegalArgumentException e) {
      throw new Unreadable(file);
    }
  }

  /** Whether a journal is in the folder: its steps are not all done, nor all undone. */
  static boolean isPresent(Path dir) {
    return Files.exists(dir.resolve(TO_FINISH), LinkOption.NOFOLLOW_LINKS)
        || Files.exists(dir.resolve(TO_UNDO), LinkOption.NOFOLLOW_LINKS);
  }

  static boolean isBeingWritten(String name) {
    return name.equals(BEING_WRITTEN);
  }
}
