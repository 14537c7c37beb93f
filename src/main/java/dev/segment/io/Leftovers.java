package dev.segment.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an earlier run left in an {@code --out} folder, taken care of by the next run that holds its
 * lock: a journal to finish or undo (or, unreadable, to set aside), temporary files and backups,
 * and the manifest saying which files are segment's.
 */
final class Leftovers {
  private Leftovers() {}

  /**
   * Finishes or undoes a journal a killed run left, then reads the manifest and removes the
   * temporaries; {@code usedBefore}: the folder had a lock file before this run.
   */
  static Optional<Manifest> clear(
      Path dir, boolean usedBefore, OutputFolder.FileOps ops, Consumer<String> notes)
      throws IOException {
    Optional<Journal> left;
    try {
      left = Journal.find(dir);
    } catch (Journal.Unreadable bad) {
      setAside(dir, bad.file(), notes);
      left = Optional.empty();
    }
    if (left.isPresent()) {
      // A set that cannot be finished is undone, which leaves the set before it: whole too.
      JournalReplay.replay(dir, left.get(), ops, false, notes);
    }
    Optional<Manifest> manifest = readManifest(dir, notes);
    // A folder an older segment wrote: its lock file, but no manifest.
    removeTemporaries(dir, usedBefore && manifest.isEmpty());
    return manifest;
  }

  /**
   * Temporary files, backups and a half-written journal of an earlier run that was killed outright
   * (no shutdown hook ran). Whatever their age: under the lock, no other run can be writing one.
   */
  private static void removeTemporaries(Path dir, boolean olderScheme) throws IOException {
    for (Path f : FolderFiles.temporaries(dir, olderScheme, false)) {
      Files.deleteIfExists(f);
    }
  }

  /**
   * A journal that cannot be read: which of its steps were done is unknown. With no staged file
   * left, every file of segment's names in the folder was renamed into place whole, so the journal
   * is moved aside and the run goes on; otherwise the folder may hold a set half replaced, and only
   * the user can tell.
   */
  private static void setAside(Path dir, Path journal, Consumer<String> notes) throws IOException {
    List<Path> staged = FolderFiles.temporaries(dir, true, true);
    if (!staged.isEmpty()) {
      List<String> names = new ArrayList<>();
      staged.forEach(f -> names.add(FolderFiles.name(f)));
      Collections.sort(names);
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
    Path aside = journal.resolveSibling(FolderFiles.name(journal) + ".bad");
    Files.move(journal, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Durable.forceFolder(dir);
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
}
