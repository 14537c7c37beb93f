package dev.segment.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the last run that committed in an {@code --out} folder wrote there ({@code wrote}), and the
 * files of segment's names it found there without having written them and so left ({@code left}),
 * kept in {@code .segment.manifest} beside the lock and replaced with the set. A run removes only
 * files a manifest says segment wrote: a user's own {@code report.html} is never segment's to
 * remove. {@code left} is there so the note about such a file is said once, not every night.
 */
record Manifest(Set<String> wrote, Set<String> left) {
  static final String FILE = ".segment.manifest";
  private static final String FIRST_LINE = "segment manifest 1";

  Manifest {
    wrote = Set.copyOf(new TreeSet<>(wrote));
    left = Set.copyOf(new TreeSet<>(left));
  }

  byte[] bytes() {
    List<String> lines = new ArrayList<>();
    new TreeSet<>(wrote).forEach(n -> lines.add("wrote\t" + n));
    new TreeSet<>(left).forEach(n -> lines.add("left\t" + n));
    return FramedLines.bytes(FIRST_LINE, lines);
  }

  /** Thrown by {@link #read} for a manifest that is not one segment wrote whole. */
  static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(Path file) {
      super(file.toString());
    }
  }

  /** The folder's manifest; empty when there is none (a first run, or an older segment's). */
  static Optional<Manifest> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    List<String> lines = FramedLines.read(file, FIRST_LINE).orElseThrow(() -> new Unreadable(file));
    Set<String> wrote = new TreeSet<>();
    Set<String> left = new TreeSet<>();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      if (cells.length != 2 || !OutputFolder.OWN_FILES.contains(cells[1])) {
        throw new Unreadable(file);
      }
      switch (cells[0]) {
        case "wrote" -> wrote.add(cells[1]);
        case "left" -> left.add(cells[1]);
        default -> throw new Unreadable(file);
      }
    }
    return Optional.of(new Manifest(wrote, left));
  }
}
