package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.io.ChildJvm;
import dev.segment.io.LockHolder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose --out another process holds waits for it, saying so once, then writes its set. */
class SharedOutTest {
  @TempDir Path tmp;

  @Test
  void aRunWaitsForAReaderHoldingTheLockAndSaysSoOnce() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    // A CRM import reading the folder takes the lock shared; a run needs it alone.
    Process reader = ChildJvm.start(LockHolder.class, out.toString(), "shared");
    try {
      ChildJvm.awaitLine(reader, "held");
      CountDownLatch saidWaiting = new CountDownLatch(1);
      ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
      OutputStream err =
          new OutputStream() {
            @Override
            public synchronized void write(int b) {
              errBytes.write(b);
              if (b == '\n') {
                saidWaiting.countDown();
              }
            }
          };
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      CompletableFuture<Integer> run =
          CompletableFuture.supplyAsync(
              () ->
                  Main.run(
                      new String[] {"samples/customers-2000.csv", "--out", out.toString()},
                      new ByteArrayInputStream(new byte[0]),
                      stdout,
                      err));
      assertThat(saidWaiting.await(60, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200);
      assertThat(run.isDone()).isFalse();
      assertThat(out.resolve("tiers.csv")).doesNotExist();
      reader.getOutputStream().close(); // the import is done
      assertThat(run.get(60, TimeUnit.SECONDS)).isZero();
      String said = errBytes.toString(StandardCharsets.UTF_8);
      assertThat(said)
          .isEqualTo(
              "segment: waiting for another run writing into "
                  + out
                  + " (or a reader holding its .segment.lock) to finish"
                  + System.lineSeparator());
      assertThat(out.resolve("tiers.csv")).isNotEmptyFile();
    } finally {
      reader.destroyForcibly();
    }
  }
}
