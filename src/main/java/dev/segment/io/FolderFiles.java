package dev.segment.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of segment's hidden files in an {@code --out} folder: staged files ({@code .tmp}) and
 * backups ({@code .bak}) of each file a journal may rename, how they are made, and how a later run
 * tells them from the user's files.
 */
final class FolderFiles {
  /** The suffix of a staged file, renamed into place by the journal. */
  static final String STAGED = ".tmp";

  /** The suffix of a backup, a link to (or copy of) a file the set replaces. */
  static final String BACKUP = ".bak";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Segment's files and its manifest: what a journal may rename. */
  private static final List<String> TARGETS = targets();

  private FolderFiles() {}

  private static List<String> targets() {
    List<String> all = new ArrayList<>(OutputFolder.OWN_FILES);
    all.add(OutputFolder.MANIFEST_FILE);
    return List.copyOf(all);
  }

  static boolean isTarget(String name) {
    return TARGETS.contains(name);
  }

  /**
   * A new temporary name for {@code target}: {@code .segment.<file>.<13 base-36 digits><suffix>}.
   */
  static String temporaryName(String target, String suffix) {
    String random = Long.toUnsignedString(RANDOM.nextLong(), 36);
    return ".segment." + stem(target) + "." + "0".repeat(13 - random.length()) + random + suffix;
  }

  /**
   * Whether {@code name} is a temporary file segment makes for {@code target}: exactly {@code
   * .segment.<file>.<13 base-36 digits><suffix>}, or with {@code olderScheme} also segment 1.x's
   * {@code .<file>.<1 to 13 base-36 digits><suffix>}.
   */
  static boolean isTemporaryOf(String target, String name, String suffix, boolean olderScheme) {
    if (matches(name, ".segment." + stem(target) + ".", 13, 13, suffix)) {
      return true;
    }
    return olderScheme
        && OutputFolder.OWN_FILES.contains(target)
        && matches(name, "." + target + ".", 1, 13, suffix);
  }

  /** The manifest's temporaries say {@code manifest}, not its own hidden name. */
  private static String stem(String target) {
    return target.equals(OutputFolder.MANIFEST_FILE) ? "manifest" : target;
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

  /** The regular files in the folder named as segment names its temporaries (or staged files). */
  static List<Path> temporaries(Path dir, boolean olderScheme, boolean stagedOnly)
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
    List<String> suffixes = stagedOnly ? List.of(STAGED) : List.of(STAGED, BACKUP);
    for (String target : TARGETS) {
      for (String suffix : suffixes) {
        if (isTemporaryOf(target, name, suffix, olderScheme)) {
          return true;
        }
      }
    }
    return false;
  }

  static String name(Path file) {
    return file.getFileName().toString();
  }
}
