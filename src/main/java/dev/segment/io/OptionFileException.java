package dev.segment.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file an option names ({@code --rates}, {@code --pin}, {@code --previous}, {@code --config})
 * that cannot be read: a folder, a file without read permission. Carries the option, since from a
 * {@code --config} file the user does not see the path on the command line, and the file-system
 * failure that says why.
 */
public final class OptionFileException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  private final String option;
  private final FileSystemException why;

  public OptionFileException(String option, Path file, FileSystemException why) {
    super(file.toString(), null, why.getReason());
    this.option = option;
    this.why = why;
    initCause(why);
  }

  /** A folder where the option wants a file; {@code what} says which ("a pin file"). */
  public static OptionFileException folder(String option, Path file, String what) {
    return new OptionFileException(
        option, file, new FileSystemException(file.toString(), null, "is a folder, not " + what));
  }

  public String option() {
    return option;
  }

  /** The failure as the file system gave it, for the reason's wording. */
  public FileSystemException why() {
    return why;
  }
}
