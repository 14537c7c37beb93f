package dev.segment.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The lock one run holds on an {@code --out} folder: an operating-system lock on the folder's
 * {@code .segment.lock} file, which the kernel releases when the process dies however it dies, plus
 * a semaphore for runs inside one JVM, where the kernel's lock is the process's and would not
 * separate them.
 */
final class FolderLock implements AutoCloseable {
  /**
   * Kept after the run: deleting it would let a run that waits on the old file and a run that
   * creates a new one hold "the" lock at the same time.
   */
  static final String FILE = ".segment.lock";

  private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Semaphore inJvm;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Semaphore inJvm, FileChannel channel, FileLock lock) {
    this.inJvm = inJvm;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the folder's lock, waiting as long as another run (or a reader holding a shared lock on
   * the file) has it; {@code onWait} runs once, before the first wait, if there is one.
   */
  static FolderLock take(Path dir, Runnable onWait) throws IOException {
    Semaphore inJvm = IN_THIS_JVM.computeIfAbsent(dir.toRealPath(), k -> new Semaphore(1, true));
    boolean waited = false;
    if (!inJvm.tryAcquire()) {
      onWait.run();
      waited = true;
      try {
        inJvm.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the lock on " + dir);
      }
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              dir.resolve(FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        if (!waited) {
          onWait.run();
        }
        lock = channel.lock();
      }
      return new FolderLock(inJvm, channel, lock);
    } catch (IOException | RuntimeException | Error e) {
      if (channel != null) {
        channel.close();
      }
      inJvm.release();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      inJvm.release();
    }
  }
}
