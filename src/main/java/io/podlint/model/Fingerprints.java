package io.podlint.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identities of findings that survive line shifts and reordering of documents and containers:
 * they hash what a finding is about (rule, file, object, field path without list positions,
 * container name), never where it is. Two findings may share one (a baseline counts them).
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static String of(Finding f) {
    ResourceRef r = f.resource();
    String key;
    if (r != null) {
      key = String.join("\u0000", f.ruleId(), f.file(), nz(r.kind()), nz(r.namespace()), nz(r.name()),
          nz(f.path()).replaceAll("\\[\\d+\\]", "[]"), nz(f.container()));
    } else {
      // File-level findings have no object: the message (without line numbers) identifies them.
      key = String.join("\u0000", f.ruleId(), f.file(), f.message().replaceAll("\\d+", "#"));
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
