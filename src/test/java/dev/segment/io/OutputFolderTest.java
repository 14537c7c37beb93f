package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFolderTest {
  @TempDir Path dir;

  private static OutputFolder.Content text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void nothingIsVisibleUntilCommit() throws IOException {
    try (OutputFolder folder = OutputFolder.open(dir)) {
      folder.stage("segments.csv", text("a\n"));
      assertThat(Files.exists(dir.resolve("segments.csv"))).isFalse();
      List<Path> written = folder.commit();
      assertThat(written).containsExactly(dir.resolve("segments.csv"));
    }
    assertThat(Files.readString(dir.resolve("segments.csv"))).isEqualTo("a\n");
    assertThat(names())
        .containsExactly(OutputFolder.LOCK_FILE, OutputFolder.MANIFEST_FILE, "segments.csv");
  }

  @Test
  void aFailureMidwayLeavesThePreviousFilesAndNoTemporaries() throws IOException {
    Files.writeString(dir.resolve("tiers.csv"), "last good run\n");
    Files.writeString(dir.resolve("pareto.png"), "old chart");
    assertThatThrownBy(
            () -> {
              try (OutputFolder folder = OutputFolder.open(dir)) {
                folder.stage("tiers.csv", text("new\n"));
                folder.stage(
                    "pareto.png",
                    out -> {
                      out.write(1);
                      throw new IOException("No space left on device");
                    });
                folder.commit();
              }
            })
        .hasMessageContaining("No space left");
    assertThat(Files.readString(dir.resolve("tiers.csv"))).isEqualTo("last good run\n");
    assertThat(names()).containsExactly(OutputFolder.LOCK_FILE, "pareto.png", "tiers.csv");
  }

  @Test
  void successRemovesOwnFilesNotWrittenThisRunAndNothingElse() throws IOException {
    try (OutputFolder earlier = OutputFolder.open(dir)) {
      earlier.stage("changes.csv", text("stale\n"));
      earlier.stage("pareto.png", text("stale"));
      earlier.commit();
    }
    Files.writeString(dir.resolve("notes.txt"), "the user's own file");
    Files.writeString(dir.resolve(".notes.txt.1.tmp"), "not segment's");
    try (OutputFolder folder = OutputFolder.open(dir)) {
      folder.stage("segments.csv", text("s\n"));
      folder.stage("tiers.csv", text("t\n"));
      folder.commit();
    }
    assertThat(names())
        .containsExactly(
            ".notes.txt.1.tmp",
            OutputFolder.LOCK_FILE,
            OutputFolder.MANIFEST_FILE,
            "notes.txt",
            "segments.csv",
            "tiers.csv");
  }

  @Test
  void temporariesOfAKilledRunAreRemovedWhateverTheirAgeBeforeAnythingIsWritten()
      throws IOException {
    // Young, as a run killed a minute ago leaves them: under the lock no run can be writing them.
    for (String leftover :
        List.of(
            ".segment.tiers.csv.0000000000123.tmp",
            ".segment.segments.csv.abcdefghij456.tmp",
            ".segment.pareto.png.zzzzzzzzzzzz7.bak",
            ".segment.manifest.0123456789abc.tmp")) {
      Files.writeString(dir.resolve(leftover), "left by a killed run");
    }
    Files.writeString(dir.resolve("tiers.csv"), "last good run\n");
    try (OutputFolder folder = OutputFolder.open(dir)) {
      assertThat(folder.dir()).isEqualTo(dir);
      assertThat(names()).containsExactly(OutputFolder.LOCK_FILE, "tiers.csv");
    }
    assertThat(Files.readString(dir.resolve("tiers.csv"))).isEqualTo("last good run\n");
  }

  @Test
  void aFolderNamedLikeAnOwnFileIsNotSegmentsAndIsLeftAlone() throws IOException {
    Files.createDirectories(dir.resolve("pareto.png/inside"));
    Files.createDirectories(dir.resolve("changes.csv"));
    try (OutputFolder folder = OutputFolder.open(dir)) {
      folder.stage("tiers.csv", text("t\n"));
      folder.commit();
    }
    assertThat(names())
        .containsExactly(
            OutputFolder.LOCK_FILE,
            OutputFolder.MANIFEST_FILE,
            "changes.csv",
            "pareto.png",
            "tiers.csv");
  }

  @Test
  void aTargetThatIsAFolderFailsTheCommitBeforeAnythingIsRenamed() throws IOException {
    Files.writeString(dir.resolve("segments.csv"), "last good run\n");
    Files.createDirectories(dir.resolve("pareto.png/inside"));
    assertThatThrownBy(
            () -> {
              try (OutputFolder folder = OutputFolder.open(dir)) {
                folder.stage("segments.csv", text("new\n"));
                folder.stage("pareto.png", text("png"));
                folder.commit();
              }
            })
        .hasMessageContaining("is a folder");
    assertThat(Files.readString(dir.resolve("segments.csv"))).isEqualTo("last good run\n");
    assertThat(names()).containsExactly(OutputFolder.LOCK_FILE, "pareto.png", "segments.csv");
  }

  @Test
  void afterTheShutdownHookNothingIsStagedOrCommitted() throws IOException {
    Files.writeString(dir.resolve("tiers.csv"), "last good run\n");
    Files.writeString(dir.resolve("segments.csv"), "last good run\n");
    try (OutputFolder folder = OutputFolder.open(dir)) {
      folder.stage("segments.csv", text("new\n"));
      folder.abort(); // what Ctrl-C's shutdown hook does while the main thread goes on
      assertThatThrownBy(() -> folder.stage("pareto.png", text("png")))
          .isInstanceOf(java.io.InterruptedIOException.class);
      assertThatThrownBy(folder::commit).isInstanceOf(java.io.InterruptedIOException.class);
    }
    assertThat(names()).containsExactly(OutputFolder.LOCK_FILE, "segments.csv", "tiers.csv");
    assertThat(Files.readString(dir.resolve("tiers.csv"))).isEqualTo("last good run\n");
    assertThat(Files.readString(dir.resolve("segments.csv"))).isEqualTo("last good run\n");
  }

  // The last good set has all four files; a new run writes three, so changes.csv is its removal.
  private static final List<String> NEW_SET = List.of("segments.csv", "tiers.csv", "pareto.png");

  private void lastGoodSet() throws IOException {
    try (OutputFolder folder = OutputFolder.open(dir)) {
      for (String name : OutputFolder.OWN_FILES) {
        folder.stage(name, text("old\n"));
      }
      folder.commit();
    }
  }

  /** The folder's files with their content, the lock file and the manifest left out. */
  private Map<String, String> contents() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String name : names()) {
      if (!name.equals(OutputFolder.LOCK_FILE) && !name.equals(OutputFolder.MANIFEST_FILE)) {
        files.put(name, Files.readString(dir.resolve(name)));
      }
    }
    return files;
  }

  private Map<String, String> oldSet() {
    Map<String, String> files = new TreeMap<>();
    OutputFolder.OWN_FILES.forEach(n -> files.put(n, "old\n"));
    return files;
  }

  private Map<String, String> newSet(String marker) {
    Map<String, String> files = new TreeMap<>();
    NEW_SET.forEach(n -> files.put(n, marker + "\n"));
    return files;
  }

  private void writeNewSet(OutputFolder folder, String marker) throws IOException {
    for (String name : NEW_SET) {
      folder.stage(name, text(marker + "\n"));
    }
    folder.commit();
  }

  /** Renames and removals that fail, or stop the "process" with an Error, at chosen steps. */
  private static final class Faults implements OutputFolder.FileOps {
    private final AtomicInteger steps = new AtomicInteger();
    private final int failAt;
    private final int dieAt;

    Faults(int failAt, int dieAt) {
      this.failAt = failAt;
      this.dieAt = dieAt;
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      step(from); // rename(2) names its source, the hidden staged file
      OutputFolder.FileOps.super.move(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
      step(file);
      OutputFolder.FileOps.super.delete(file);
    }

    private void step(Path target) throws IOException {
      int n = steps.incrementAndGet();
      if (n == failAt) {
        throw new java.nio.file.AccessDeniedException(target.toString());
      }
      if (n == dieAt) {
        throw new Killed();
      }
    }
  }

  /** Stands for kill -9 in-process: nothing after it runs but the try-with-resources close. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  @ParameterizedTest(name = "step {0} of 4 fails")
  @ValueSource(ints = {1, 2, 3, 4})
  void aRenameOrRemovalThatFailsPartWayUndoesTheOnesDone(int failAt) throws IOException {
    lastGoodSet();
    String failing =
        List.of("segments.csv", "tiers.csv", "pareto.png", "changes.csv").get(failAt - 1);
    assertThatThrownBy(
            () -> {
              try (OutputFolder folder = OutputFolder.open(dir, () -> {}, new Faults(failAt, 0))) {
                writeNewSet(folder, "new");
              }
            })
        .isInstanceOf(java.nio.file.AccessDeniedException.class)
        .hasMessage(dir.resolve(failing).toString());
    assertThat(contents()).isEqualTo(oldSet());
  }

  @ParameterizedTest(name = "killed after step {0} of 4")
  @ValueSource(ints = {2, 3, 4})
  void aRunKilledBetweenRenamesIsFinishedByTheNextRunBeforeAnythingElse(int dieAt)
      throws IOException {
    lastGoodSet();
    assertThatThrownBy(
            () -> {
              try (OutputFolder folder = OutputFolder.open(dir, () -> {}, new Faults(0, dieAt))) {
                writeNewSet(folder, "new");
              }
            })
        .isInstanceOf(Killed.class);
    assertThat(names()).contains(Journal.TO_FINISH);
    assertThat(contents()).isNotEqualTo(oldSet()).isNotEqualTo(newSet("new"));
    try (OutputFolder next = OutputFolder.open(dir)) {
      assertThat(next.dir()).isEqualTo(dir);
      assertThat(contents()).isEqualTo(newSet("new"));
    }
  }

  @ParameterizedTest(name = "killed after undo step {0}")
  @ValueSource(ints = {1, 2})
  void aRunKilledWhileUndoingIsUndoneByTheNextRun(int undone) throws IOException {
    lastGoodSet();
    // Steps 1 and 2 rename, step 3 fails, then the undo restores tiers.csv (4) and segments.csv
    // (5).
    assertThatThrownBy(
            () -> {
              try (OutputFolder folder =
                  OutputFolder.open(dir, () -> {}, new Faults(3, 3 + undone))) {
                writeNewSet(folder, "new");
              }
            })
        .isInstanceOf(Killed.class);
    assertThat(names()).contains(Journal.TO_UNDO);
    try (OutputFolder next = OutputFolder.open(dir)) {
      assertThat(contents()).isEqualTo(oldSet());
      writeNewSet(next, "next");
    }
    assertThat(contents()).isEqualTo(newSet("next"));
  }

  @ParameterizedTest(name = "killed after step {0}")
  @ValueSource(ints = {1, 3})
  void aProcessKilledOutrightBetweenRenamesReleasesTheLockAndTheNextRunFinishesItsSet(int k)
      throws Exception {
    lastGoodSet();
    Process child =
        ChildJvm.start(StopBetweenRenames.class, dir.toString(), Integer.toString(k), "killed");
    child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(names()).contains(Journal.TO_FINISH);
    try (OutputFolder next = OutputFolder.open(dir)) {
      assertThat(next.dir()).isEqualTo(dir);
      assertThat(contents()).isEqualTo(newSet("killed"));
    }
  }

  @Test
  void aRunWaitsWhileAnotherProcessHoldsTheFolderSayingSoOnceAndGoesOnWhenItDies()
      throws Exception {
    lastGoodSet();
    Process holder = ChildJvm.start(LockHolder.class, dir.toString(), "exclusive");
    ExecutorService run = Executors.newSingleThreadExecutor();
    try {
      ChildJvm.awaitLine(holder, "held");
      CountDownLatch waiting = new CountDownLatch(1);
      AtomicInteger said = new AtomicInteger();
      Future<?> second =
          run.submit(
              () -> {
                try (OutputFolder folder =
                    OutputFolder.open(
                        dir,
                        () -> {
                          said.incrementAndGet();
                          waiting.countDown();
                        })) {
                  writeNewSet(folder, "second");
                }
                return null;
              });
      assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200);
      assertThat(second.isDone()).isFalse();
      assertThat(contents()).isEqualTo(oldSet());
      holder.destroyForcibly(); // SIGKILL: the kernel, not the holder, lets go of the lock
      second.get(30, TimeUnit.SECONDS);
      assertThat(said.get()).isEqualTo(1);
      assertThat(contents()).isEqualTo(newSet("second"));
    } finally {
      holder.destroyForcibly();
      run.shutdownNow();
    }
  }

  @Test
  void runsAtOnceInOneJvmTakeTurnsAndLeaveOneWholeSet() throws Exception {
    lastGoodSet();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        String marker = "run" + t;
        boolean chart = t != 1;
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 5; i++) {
                    try (OutputFolder folder = OutputFolder.open(dir)) {
                      folder.stage("segments.csv", text(marker + "\n"));
                      folder.stage("tiers.csv", text(marker + "\n"));
                      if (chart) {
                        folder.stage("pareto.png", text(marker + "\n"));
                      }
                      folder.commit();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : runs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, String> files = contents();
    String marker = files.get("tiers.csv");
    assertThat(files.get("segments.csv")).isEqualTo(marker);
    assertThat(files.containsKey("pareto.png")).isEqualTo(!marker.equals("run1\n"));
    assertThat(files.keySet()).doesNotContain("changes.csv").allMatch(n -> !n.startsWith("."));
  }

  @Test
  void createsTheFolderAsNeeded() throws IOException {
    Path nested = dir.resolve("a/b");
    try (OutputFolder folder = OutputFolder.open(nested)) {
      folder.stage("segments.csv", text("x"));
      folder.commit();
    }
    assertThat(nested.resolve("segments.csv")).exists();
  }

  // Issue 26: the last edges of the folder.

  private Map<String, String> visible() throws IOException {
    Map<String, String> files = new TreeMap<>();
    contents()
        .forEach(
            (n, c) -> {
              if (!n.startsWith(".")) {
                files.put(n, c);
              }
            });
    return files;
  }

  /** File operations whose last flush of the folder, after every rename, fails. */
  private static final class FailingSync implements OutputFolder.FileOps {
    @Override
    public void sync(Path folder) throws IOException {
      throw new IOException("Input/output error");
    }
  }

  @Test
  void aFailureAfterEveryRenameIsANoteTheSetStaysAndTheNextRunRemovesTheJournal()
      throws IOException {
    lastGoodSet();
    List<String> notes = new ArrayList<>();
    try (OutputFolder folder = OutputFolder.open(dir, () -> {}, notes::add, new FailingSync())) {
      writeNewSet(folder, "new"); // no exception: the set is committed
    }
    assertThat(visible()).isEqualTo(newSet("new"));
    assertThat(names()).contains(Journal.TO_FINISH);
    assertThat(notes)
        .singleElement()
        .asString()
        .contains("the new files are in place", "Input/output error");
    try (OutputFolder next = OutputFolder.open(dir)) {
      assertThat(next.dir()).isEqualTo(dir);
      assertThat(names()).doesNotContain(Journal.TO_FINISH);
      assertThat(contents()).isEqualTo(newSet("new"));
    }
  }

  @Test
  void aJournalThatCannotBeReadIsMovedAsideWhenNoStagedFileIsLeft() throws IOException {
    lastGoodSet();
    Files.writeString(dir.resolve(Journal.TO_FINISH), "not a journal of segment's\n");
    Files.writeString(dir.resolve(".segment.tiers.csv.0000000000abc.bak"), "a backup");
    List<String> notes = new ArrayList<>();
    try (OutputFolder folder = OutputFolder.open(dir, () -> {}, notes::add)) {
      writeNewSet(folder, "new");
    }
    assertThat(notes)
        .singleElement()
        .asString()
        .contains(dir.resolve(Journal.TO_FINISH).toString(), Journal.TO_FINISH + ".bad");
    assertThat(Files.readString(dir.resolve(Journal.TO_FINISH + ".bad")))
        .isEqualTo("not a journal of segment's\n");
    assertThat(names()).doesNotContain(Journal.TO_FINISH, ".segment.tiers.csv.0000000000abc.bak");
    assertThat(visible()).isEqualTo(newSet("new"));
  }

  @Test
  void aJournalThatCannotBeReadBesideAStagedFileStopsTheRunNamingTheFileToDelete()
      throws IOException {
    lastGoodSet();
    Files.write(dir.resolve(Journal.TO_UNDO), new byte[] {(byte) 0xff, 0, 1});
    Files.writeString(dir.resolve(".segment.tiers.csv.0000000000abc.tmp"), "staged");
    assertThatThrownBy(() -> OutputFolder.open(dir).close())
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessageContaining("delete " + dir.resolve(Journal.TO_UNDO) + " and run again")
        .hasMessageContaining(".segment.tiers.csv.0000000000abc.tmp");
    assertThat(names()).contains(Journal.TO_UNDO, ".segment.tiers.csv.0000000000abc.tmp");
    for (String name : OutputFolder.OWN_FILES) {
      assertThat(Files.readString(dir.resolve(name))).isEqualTo("old\n");
    }
  }

  @Test
  void aUsersFileOfOneOfSegmentsNamesIsLeftAndSaidOnce() throws IOException {
    Files.writeString(dir.resolve("report.html"), "the user's own page");
    Files.writeString(dir.resolve("pareto.svg"), "the user's own chart");
    for (int run = 0; run < 2; run++) {
      List<String> notes = new ArrayList<>();
      try (OutputFolder folder = OutputFolder.open(dir, () -> {}, notes::add)) {
        writeNewSet(folder, "new" + run);
      }
      if (run == 0) {
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0)).startsWith("left pareto.svg in " + dir);
        assertThat(notes.get(1)).startsWith("left report.html in " + dir);
      } else {
        assertThat(notes).isEmpty();
      }
      assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("the user's own page");
      assertThat(Files.readString(dir.resolve("pareto.svg"))).isEqualTo("the user's own chart");
    }
  }

  @Test
  void aFileSegmentWroteIsRemovedByALaterRunThatDoesNotWriteIt() throws IOException {
    try (OutputFolder folder = OutputFolder.open(dir)) {
      folder.stage("report.html", text("segment's page"));
      folder.stage("tiers.csv", text("t"));
      folder.commit();
    }
    List<String> notes = new ArrayList<>();
    try (OutputFolder folder = OutputFolder.open(dir, () -> {}, notes::add)) {
      folder.stage("tiers.csv", text("t2"));
      folder.commit();
    }
    assertThat(notes).isEmpty();
    assertThat(visible()).containsOnlyKeys("tiers.csv");
  }

  @Test
  void hiddenFilesOnlyLookingLikeSegmentsTemporariesAreLeft() throws IOException {
    List<String> users =
        List.of(
            ".tiers.csv.old.bak",
            ".report.html.1.tmp",
            ".segment.tiers.csv.notes.tmp",
            ".segment.tiers.csv.0000000000abc.tmp.keep",
            ".segment.tiers.csv.000000000000A.tmp",
            ".segment.notes.txt.0000000000abc.tmp");
    for (String name : users) {
      Files.writeString(dir.resolve(name), "the user's");
    }
    try (OutputFolder folder = OutputFolder.open(dir)) {
      writeNewSet(folder, "new");
    }
    assertThat(names()).containsAll(users);
  }

  @Test
  void aFolderAnOlderSegmentWroteHasItsTemporariesRemovedAndItsFilesLeftWithANote()
      throws IOException {
    // What segment 1.x leaves: its lock, its files, no manifest, temporaries of a killed run.
    Files.writeString(dir.resolve(OutputFolder.LOCK_FILE), "");
    for (String name : List.of("segments.csv", "tiers.csv", "pareto.png", "changes.csv")) {
      Files.writeString(dir.resolve(name), "old\n");
    }
    Files.writeString(dir.resolve(".tiers.csv.3kq9w0z1b2c3d.tmp"), "killed");
    Files.writeString(dir.resolve(".pareto.png.1x.bak"), "killed");
    List<String> notes = new ArrayList<>();
    try (OutputFolder folder = OutputFolder.open(dir, () -> {}, notes::add)) {
      assertThat(names()).doesNotContain(".tiers.csv.3kq9w0z1b2c3d.tmp", ".pareto.png.1x.bak");
      writeNewSet(folder, "new");
    }
    assertThat(notes).singleElement().asString().startsWith("left changes.csv in " + dir);
    Map<String, String> expected = newSet("new");
    expected.put("changes.csv", "old\n");
    assertThat(visible()).isEqualTo(expected);
  }
}
