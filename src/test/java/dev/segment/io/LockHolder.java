package dev.segment.io;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that holds an {@code --out} folder's lock file as a reader or another run would, prints
 * {@code held}, and keeps it until killed or its standard input ends: {@code LockHolder DIR
 * shared|exclusive}.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    boolean shared = args[1].equals("shared");
    Path file = Path.of(args[0]).resolve(OutputFolder.LOCK_FILE);
    if (!Files.exists(file)) {
      Files.createFile(file); // a reader opens it to read, which creates nothing
    }
    try (FileChannel ch =
        shared
            ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ)
            : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ch.lock(0, Long.MAX_VALUE, shared);
      System.out.println("held");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Held until the test closes the pipe or kills the process.
      }
    }
  }
}
