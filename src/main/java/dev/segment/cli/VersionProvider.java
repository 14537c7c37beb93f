package dev.segment.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, which Maven fills from the pom: never written twice. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"segment " + (version == null ? "(development build)" : version)};
  }
}
