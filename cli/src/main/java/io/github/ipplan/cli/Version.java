package io.github.ipplan.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest, or says the classes are a development build. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"ipplan " + (version == null ? "(development build)" : version)};
  }
}
