package dev.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The orphan check, applied to classes: every compiled test class that holds a test method is named
 * for one of the runners' includes in pom.xml. Six property classes once went unrun for years of
 * sessions because their names matched no include; a test the runner never starts reads as a
 * guarantee it does not give.
 */
class EveryTestClassRunsTest {
  /** The annotations that make a method a test for JUnit Jupiter or jqwik. */
  private static final Set<String> TEST_ANNOTATIONS =
      Set.of(
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.api.RepeatedTest",
          "org.junit.jupiter.api.TestFactory",
          "org.junit.jupiter.api.TestTemplate",
          "org.junit.jupiter.params.ParameterizedTest",
          "net.jqwik.api.Property",
          "net.jqwik.api.Example");

  @Test
  void everyClassHoldingTestsMatchesARunnerInclude() throws Exception {
    List<PathMatcher> includes = includes(Files.readString(Path.of("pom.xml")));
    assertThat(includes).as("<include> patterns in pom.xml").isNotEmpty();
    Set<String> holding = classesHoldingTests();
    assertThat(holding).as("test classes found").hasSizeGreaterThan(30).contains(selfName());
    Set<String> orphans = new TreeSet<>();
    for (String name : holding) {
      Path source = Path.of(name.replace('.', '/') + ".java");
      if (includes.stream().noneMatch(m -> m.matches(source))) {
        orphans.add(name);
      }
    }
    assertThat(orphans)
        .as("classes holding tests that neither surefire nor failsafe runs (rename them)")
        .isEmpty();
  }

  @Test
  void theCheckSeesAClassNamedForNoInclude() {
    List<PathMatcher> includes = includes("<includes><include>**/*Test.java</include></includes>");
    assertThat(includes.get(0).matches(Path.of("dev/segment/io/RowAccountingProperties.java")))
        .isFalse();
    assertThat(includes.get(0).matches(Path.of("dev/segment/io/MoneyParserTest.java"))).isTrue();
  }

  private static String selfName() {
    return EveryTestClassRunsTest.class.getName();
  }

  /** Each {@code <include>} of the pom as a glob over a class's source path. */
  static List<PathMatcher> includes(String pom) {
    List<PathMatcher> matchers = new ArrayList<>();
    Matcher m = Pattern.compile("<include>\\s*([^<\\s]+)\\s*</include>").matcher(pom);
    while (m.find()) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + m.group(1)));
    }
    return matchers;
  }

  /** Top-level test classes (a nested class's tests run with its outer class) holding tests. */
  private static Set<String> classesHoldingTests() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            EveryTestClassRunsTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    Set<String> holding = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String binary =
            root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        binary = binary.substring(0, binary.length() - ".class".length());
        if (holdsTests(binary)) {
          int nested = binary.indexOf('$');
          holding.add(nested < 0 ? binary : binary.substring(0, nested));
        }
      }
    }
    return holding;
  }

  private static boolean holdsTests(String binaryName) {
    Class<?> type;
    try {
      type = Class.forName(binaryName, false, EveryTestClassRunsTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    for (Method method : type.getDeclaredMethods()) {
      for (Annotation a : method.getDeclaredAnnotations()) {
        if (TEST_ANNOTATIONS.contains(a.annotationType().getName())) {
          return true;
        }
      }
    }
    return false;
  }
}
