package io.podlint.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A launcher jar for the classes under test: no classes of its own, only a manifest whose
 * Class-Path is this test run's class path. {@code java -jar} on it runs the current code without
 * {@code mvn package}, so that tests of bin/podlint integrations (pre-commit, the GitHub Action)
 * can set {@code PODLINT_JAR} to it and take a second instead of a Maven build.
 */
public final class ThinJar {
  private ThinJar() {}

  public static Path create(Path dir) throws IOException {
    List<String> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        urls.add(Path.of(entry).toAbsolutePath().toUri().toString()); // folders get their trailing slash
      }
    }
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.podlint.cli.Main");
    m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
    Path jar = dir.resolve("podlint-thin.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
      j.flush();
    }
    return jar;
  }
}
