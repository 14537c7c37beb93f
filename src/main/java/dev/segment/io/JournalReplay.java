package dev.segment.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Doing a {@link Journal}'s steps in an {@code --out} folder, or undoing them from their backups,
 * whether this run wrote the journal or a killed run left it; what was done is read from the
 * folder, so doing it again after another kill is harmless.
 */
final class JournalReplay {
  private JournalReplay() {}

  /**
   * Does a journal's steps, or undoes them if it is one to undo or a step fails; then removes it
   * and the backups. A failure to finish is rethrown after the undo if {@code rethrow}, and always
   * when the undo fails too.
   */
  static void replay(
      Path dir, Journal journal, OutputFolder.FileOps ops, boolean rethrow, Consumer<String> notes)
      throws IOException {
    if (journal.undo()) {
      undo(dir, journal, ops);
      return;
    }
    try {
      doSteps(dir, journal, ops);
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
              + reason(notRemoved)
              + "); the next run on this folder removes it and the backups");
      return;
    }
    removeBackups(dir, journal.steps());
  }

  private static void doSteps(Path dir, Journal journal, OutputFolder.FileOps ops)
      throws IOException {
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
  }

  private static String reason(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason()
        : String.valueOf(e.getMessage());
  }

  /** A rename whose failure names the file the user knows, not the hidden staged one. */
  private static void move(OutputFolder.FileOps ops, Path staged, Path target) throws IOException {
    try {
      ops.move(staged, target);
    } catch (AccessDeniedException e) {
      throw (IOException) new AccessDeniedException(target.toString()).initCause(e);
    } catch (FileSystemException e) {
      throw (IOException)
          new FileSystemException(target.toString(), null, e.getReason()).initCause(e);
    }
  }

  private static void undo(Path dir, Journal journal, OutputFolder.FileOps ops) throws IOException {
    List<Journal.Step> steps = new ArrayList<>(journal.steps());
    Collections.reverse(steps);
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

  /** Removes the steps' backups, best effort: a hidden leftover is the next run's to remove. */
  static void removeBackups(Path dir, List<Journal.Step> steps) {
    for (Journal.Step s : steps) {
      s.backup().ifPresent(b -> Durable.deleteQuietly(dir.resolve(b)));
    }
  }
}
