package dev.segment.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps of a journal that replaces an {@code --out} folder's set with the staged files: each
 * staged file renamed into place, segment's own files this run did not write removed, the new
 * manifest, each with a backup of the file it replaces; and the notes about the user's files of
 * segment's names, said once the set is committed.
 */
final class CommitSteps {
  private final Path dir;
  private final List<Journal.Step> steps = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private Path manifestFile;

  private CommitSteps(Path dir) {
    this.dir = dir;
  }

  /**
   * Backs up every file the set replaces and stages the new manifest; on a failure removes what it
   * made. {@code manifest}: the folder's, empty when no run of this version committed there.
   */
  static CommitSteps plan(Path dir, Map<String, Path> staged, Optional<Manifest> manifest)
      throws IOException {
    CommitSteps plan = new CommitSteps(dir);
    try {
      plan.renames(staged);
      Set<String> leftAlone = plan.removals(staged.keySet(), manifest);
      plan.manifest(new Manifest(staged.keySet(), leftAlone));
      plan.noteLeftAlone(leftAlone, manifest);
    } catch (IOException | RuntimeException e) {
      plan.discard();
      throw e;
    }
    return plan;
  }

  List<Journal.Step> steps() {
    return steps;
  }

  /** Notes to say once the set is committed. */
  List<String> notes() {
    return notes;
  }

  /** The new manifest's staged file, gone once its step is done. */
  Path manifestFile() {
    return manifestFile;
  }

  /** Removes the backups and the staged manifest: the set is not going ahead. */
  void discard() {
    JournalReplay.removeBackups(dir, steps);
    Durable.deleteQuietly(manifestFile);
  }

  private void renames(Map<String, Path> staged) throws IOException {
    for (Map.Entry<String, Path> e : staged.entrySet()) {
      Path target = dir.resolve(e.getKey());
      Optional<String> backup =
          Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              ? Optional.of(backUp(target))
              : Optional.empty();
      steps.add(new Journal.Step(e.getKey(), Optional.of(FolderFiles.name(e.getValue())), backup));
    }
  }

  /** Removes segment's files this run did not write; returns the user's, which it leaves. */
  private Set<String> removals(Set<String> staged, Optional<Manifest> manifest) throws IOException {
    Set<String> leftAlone = new TreeSet<>();
    for (String own : OutputFolder.OWN_FILES) {
      Path stale = dir.resolve(own);
      // Only a regular file of that name is segment's own; a folder or link someone put there
      // is not, and is left alone.
      if (staged.contains(own) || !Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (manifest.map(m -> m.wrote().contains(own)).orElse(false)) {
        steps.add(new Journal.Step(own, Optional.empty(), Optional.of(backUp(stale))));
      } else {
        // Not written by segment, as far as the folder's manifest says: the user's own file.
        leftAlone.add(own);
      }
    }
    return leftAlone;
  }

  private void manifest(Manifest next) throws IOException {
    String name = OutputFolder.MANIFEST_FILE;
    manifestFile = dir.resolve(FolderFiles.temporaryName(name, FolderFiles.STAGED));
    Durable.write(manifestFile, out -> out.write(next.bytes()));
    Path old = dir.resolve(name);
    steps.add(
        new Journal.Step(
            name,
            Optional.of(FolderFiles.name(manifestFile)),
            Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(backUp(old))
                : Optional.empty()));
  }

  private void noteLeftAlone(Set<String> leftAlone, Optional<Manifest> manifest) {
    for (String own : leftAlone) {
      if (!manifest.map(m -> m.left().contains(own)).orElse(false)) {
        notes.add(
            "left "
                + own
                + " in "
                + dir
                + " as it was: segment did not write it, so it is not segment's to remove"
                + " (delete it if it is from an earlier run; said once)");
      }
    }
  }

  /** A hard link to {@code file} (or a copy), which keeps it whatever the renames do. */
  private String backUp(Path file) throws IOException {
    String name = FolderFiles.temporaryName(FolderFiles.name(file), FolderFiles.BACKUP);
    Path backup = dir.resolve(name);
    try {
      Files.createLink(backup, file);
    } catch (UnsupportedOperationException | FileSystemException noLink) {
      // No hard links here (FAT, some network shares), or the file refuses one (immutable):
      // a copy restores the content as well.
      Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      if (Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS)) {
        Durable.force(backup);
      }
    }
    return name;
  }
}
