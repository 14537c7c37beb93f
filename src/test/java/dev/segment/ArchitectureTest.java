package dev.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the package arrows (cli → chart/report → io/analysis/text → model) by scanning the imports
 * of the main sources, so a back arrow fails the build instead of growing unnoticed.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/dev/segment");

  /** The packages of segment each package may import; a package missing here fails the test. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "model", Set.of(),
          "analysis", Set.of("model"),
          "dates", Set.of("model"),
          "hints", Set.of("model", "text"),
          "text", Set.of("model"),
          "rows", Set.of("model", "text", "dates", "hints"),
          "io", Set.of("model", "text", "dates", "hints", "rows"),
          "report", Set.of("model", "text", "analysis", "io", "dates", "hints"),
          "chart", Set.of("model", "text", "analysis"),
          "cli",
              Set.of(
                  "model", "text", "analysis", "dates", "hints", "rows", "io", "report", "chart"));

  /** Libraries (and JDK file I/O) a package must not reach; the pure core touches none of them. */
  private static final Map<String, List<String>> FORBIDDEN_PREFIXES =
      Map.of(
          "model",
              List.of(
                  "picocli",
                  "org.apache.commons.csv",
                  "org.jfree",
                  "com.fasterxml",
                  "org.dhatim",
                  "java.io.",
                  "java.nio.file.Files",
                  "java.nio.channels"),
          "analysis",
              List.of(
                  "picocli",
                  "org.apache.commons.csv",
                  "org.jfree",
                  "com.fasterxml",
                  "org.dhatim",
                  "java.io.",
                  "java.nio.file.Files",
                  "java.nio.channels"),
          "dates",
              List.of(
                  "picocli",
                  "org.apache.commons.csv",
                  "org.jfree",
                  "com.fasterxml",
                  "org.dhatim",
                  "java.io.",
                  "java.nio.file.Files",
                  "java.nio.channels"),
          "hints",
              List.of(
                  "picocli",
                  "org.apache.commons.csv",
                  "org.jfree",
                  "com.fasterxml",
                  "org.dhatim",
                  "java.io.",
                  "java.nio.file.Files",
                  "java.nio.channels"),
          "text",
              List.of(
                  "picocli",
                  "org.apache.commons.csv",
                  "org.jfree",
                  "com.fasterxml",
                  "org.dhatim",
                  "java.io.",
                  "java.nio.file.Files"),
          "rows",
              List.of(
                  "picocli",
                  "org.jfree",
                  "com.fasterxml",
                  "org.dhatim",
                  "java.io.",
                  "java.nio.file.Files",
                  "java.nio.channels"),
          "io", List.of("picocli", "org.jfree"),
          "report", List.of("picocli", "org.jfree"),
          "chart", List.of("picocli"),
          "cli", List.of());

  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void everyPackageImportsOnlyAlongTheArrows() throws IOException {
    List<String> violations = new ArrayList<>();
    Set<String> packagesSeen = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path relative = MAIN.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String pkg = relative.getName(0).toString();
        packagesSeen.add(pkg);
        Set<String> allowed = ALLOWED.get(pkg);
        if (allowed == null) {
          violations.add(
              "package "
                  + pkg
                  + " ("
                  + relative
                  + ") has no place in ArchitectureTest.ALLOWED: say which packages it may import");
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          if (imported.startsWith("dev.segment.")) {
            String target = imported.substring("dev.segment.".length()).split("\\.")[0];
            if (!target.equals(pkg) && !allowed.contains(target)) {
              violations.add(
                  relative
                      + " imports "
                      + imported
                      + " ("
                      + pkg
                      + " → "
                      + target
                      + " is a back arrow)");
            }
          }
          for (String prefix : FORBIDDEN_PREFIXES.get(pkg)) {
            if (imported.startsWith(prefix)) {
              violations.add(relative + " imports " + imported + " (" + pkg + " stays free of it)");
            }
          }
        }
      }
    }
    assertTrue(
        packagesSeen.containsAll(Set.of("model", "analysis", "io", "report", "cli")),
        "the scan found the main sources: " + packagesSeen);
    assertEquals(List.of(), violations);
  }
}
