package dev.segment.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} says: the version and commit from segment's own jar manifest (Maven writes
 * both from the pom and git at build time, so neither is written twice), and the Java runtime in
 * use, which a support question needs as much as the version.
 */
public final class VersionProvider implements IVersionProvider {
  /** The manifest attribute holding the commit the jar was built from ("unknown" outside git). */
  static final String COMMIT_ATTRIBUTE = "Build-Commit";

  /** segment's version from its jar manifest, or {@code (development build)} outside a jar. */
  static String version() {
    return ownManifest()
        .map(a -> a.getValue(Attributes.Name.IMPLEMENTATION_VERSION))
        .orElse("(development build)");
  }

  @Override
  public String[] getVersion() {
    Optional<Attributes> manifest = ownManifest();
    String version = version();
    String commit = manifest.map(a -> a.getValue(COMMIT_ATTRIBUTE)).orElse("unknown");
    return new String[] {
      "segment " + version,
      "commit " + commit,
      "Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vendor")
          + ", "
          + System.getProperty("java.vm.name")
          + ") at "
          + System.getProperty("java.home")
    };
  }

  /**
   * The main attributes of the jar this class was loaded from, read through the class's code
   * source: a class loader's {@code META-INF/MANIFEST.MF} resource may be another jar's. Empty when
   * running from a classes folder (tests, an IDE).
   */
  private static Optional<Attributes> ownManifest() {
    try {
      CodeSource source = VersionProvider.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(location)) {
        return Optional.empty();
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        return Optional.ofNullable(jar.getManifest()).map(m -> m.getMainAttributes());
      }
    } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
