package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(names()).containsExactly("segments.csv");
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
    assertThat(names()).containsExactly("pareto.png", "tiers.csv");
  }

  @Test
  void successRemovesOwnFilesNotWrittenThisRunAndNothingElse() throws IOException {
    Files.writeString(dir.resolve("changes.csv"), "stale\n");
    Files.writeString(dir.resolve("pareto.png"), "stale");
    Files.writeString(dir.resolve("notes.txt"), "the user's own file");
    Files.writeString(dir.resolve(".tiers.csv.123.tmp"), "left by a killed run");
    Files.setLastModifiedTime(
        dir.resolve(".tiers.csv.123.tmp"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000));
    Files.writeString(dir.resolve(".segments.csv.456.tmp"), "another run, writing now");
    try (OutputFolder folder = OutputFolder.open(dir)) {
      folder.stage("segments.csv", text("s\n"));
      folder.stage("tiers.csv", text("t\n"));
      folder.commit();
    }
    assertThat(names())
        .containsExactly(".segments.csv.456.tmp", "notes.txt", "segments.csv", "tiers.csv");
  }

  @Test
  void aFolderNamedLikeAnOwnFileIsNotSegmentsAndIsLeftAlone() throws IOException {
    Files.createDirectories(dir.resolve("pareto.png/inside"));
    Files.createDirectories(dir.resolve("changes.csv"));
    try (OutputFolder folder = OutputFolder.open(dir)) {
      folder.stage("tiers.csv", text("t\n"));
      folder.commit();
    }
    assertThat(names()).containsExactly("changes.csv", "pareto.png", "tiers.csv");
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
    assertThat(names()).containsExactly("pareto.png", "segments.csv");
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
    assertThat(names()).containsExactly("segments.csv", "tiers.csv");
    assertThat(Files.readString(dir.resolve("tiers.csv"))).isEqualTo("last good run\n");
    assertThat(Files.readString(dir.resolve("segments.csv"))).isEqualTo("last good run\n");
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
}
