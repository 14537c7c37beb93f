package dev.segment.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses the records of one CSV stream on a thread of its own, a batch at a time, while the caller
 * sums the records already parsed: decoding and Commons CSV take about as long as the rest of the
 * read, and the machine has a second core. The caller sees the records, their first line numbers
 * and any failure in the order one thread reading the stream would have met them.
 */
final class RecordFeed implements Records, AutoCloseable {
  private static final int BATCH = 512;
  private static final int BATCHES_AHEAD = 8;
  private static final long STOP_WAIT_MILLIS = 2000;

  /**
   * Heap the parser thread gives back when it runs out of memory, so that handing the failure to
   * the reader (a batch, a queue node) cannot run out again: the parser keeps its half-read record.
   */
  private static final int RESERVE_BYTES = 1 << 18;

  /** Records parsed in order, the line each starts on, and what ended the batch early, if any. */
  private record Batch(
      CSVRecord[] records, long[] lines, int size, boolean last, Throwable failure) {}

  private final BlockingQueue<Batch> queue;
  private final Thread thread;
  // The parser's failure when not even a batch to carry it fits in memory: written without
  // allocating, and seen by the reader after the parser interrupts it (which happens-before).
  private final Throwable[] lastResort;
  private Batch batch;
  private int at;
  private long line = 1;

  private RecordFeed(BlockingQueue<Batch> queue, Thread thread, Throwable[] lastResort) {
    this.queue = queue;
    this.thread = thread;
    this.lastResort = lastResort;
  }

  /** Starts parsing {@code parser}'s records, telling {@code decoding} where each one starts. */
  static RecordFeed start(CSVParser parser, DecodingReader decoding) {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    // Held by the thread's task until a failure: a local the compiler could count dead earlier.
    byte[][] reserve = {new byte[RESERVE_BYTES]};
    Throwable[] lastResort = new Throwable[1];
    Thread reader = Thread.currentThread();
    Thread producer =
        new Thread(
            () -> {
              try {
                produce(parser, decoding, queue, reserve);
              } catch (InterruptedException e) {
                // The reader stopped early (an error in a row): nothing more is wanted.
              } catch (Throwable e) {
                // Out of memory again while handing a failure over (the reader may have taken
                // the reserve's room): nothing that allocates is left to try, and a failure that
                // reached the thread's last-resort handler would print a JVM line or nothing.
                lastResort[0] = e;
                reader.interrupt();
              }
            },
            "segment-csv-parser");
    producer.setDaemon(true);
    producer.start();
    return new RecordFeed(queue, producer, lastResort);
  }

  private static void produce(
      CSVParser parser, DecodingReader decoding, BlockingQueue<Batch> queue, byte[][] reserve)
      throws InterruptedException {
    Iterator<CSVRecord> records = parser.iterator();
    try {
      boolean last = false;
      while (!last) {
        CSVRecord[] batchRecords = new CSVRecord[BATCH];
        long[] lines = new long[BATCH + 1];
        int n = 0;
        Throwable failure = null;
        while (n < BATCH) {
          long next = parser.getCurrentLineNumber() + 1;
          lines[n] = next;
          decoding.recordStarts(next);
          try {
            if (!records.hasNext()) {
              last = true;
              break;
            }
            batchRecords[n] = records.next();
          } catch (RuntimeException | Error e) {
            reserve[0] = null;
            failure = e;
            last = true;
            break;
          }
          n++;
        }
        queue.put(new Batch(batchRecords, lines, n, last, failure));
      }
    } catch (InterruptedException e) {
      // The reader stopped early (an error in a row): nothing more is wanted.
    } catch (RuntimeException | Error e) {
      // Out of memory between records (a batch's arrays): the reader must hear of it, not wait.
      reserve[0] = null;
      long[] at = {parser.getCurrentLineNumber() + 1};
      queue.put(new Batch(new CSVRecord[0], at, 0, true, e));
    }
  }

  /**
   * The next record, or null at the end; {@link #line()} is then its first physical line. A failure
   * of the parser or the decoder is thrown here, at its place in the input.
   */
  @Override
  public CSVRecord next() throws IOException {
    if (batch == null || (at == batch.size() && !batch.last())) {
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Throwable parser = lastResort[0];
        if (parser instanceof Error error) {
          throw error;
        }
        if (parser instanceof RuntimeException runtime) {
          throw runtime;
        }
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the input");
      }
      at = 0;
    }
    line = batch.lines()[at];
    if (at < batch.size()) {
      return batch.records()[at++];
    }
    Throwable failure = batch.failure();
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return null;
  }

  /** The first physical line of the record {@link #next()} returned last. */
  @Override
  public long line() {
    return line;
  }

  /**
   * Stops the parser thread if it is still running. It stops at its next batch; a thread blocked
   * reading a stream that never ends is left behind after a short wait (it is a daemon).
   */
  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
