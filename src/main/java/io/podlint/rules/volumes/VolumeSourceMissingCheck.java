package io.podlint.rules.volumes;

import io.podlint.model.PodVolumes;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;

/**
 * A volume without a source is not rejected: defaulting turns it into an empty {@code emptyDir}
 * before validation. Usually a misspelled or empty source is the cause.
 */
final class VolumeSourceMissingCheck implements WorkloadCheck<NoParams> {
  private static final String EMPTY_DIR = "silently becomes an empty emptyDir and its containers see an "
      + "empty folder";

  @Override
  public String id() {
    return "volume-source-missing";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (YamlNode volume : PodVolumes.volumes(w)) {
      // emptyDir: (null) also defaults to an empty emptyDir, which is what it asks for.
      // A strategic-merge directive ($patch: delete) is a patch entry, not a volume.
      if (!PodVolumes.sources(volume).isEmpty() || volume.has("emptyDir") || volume.has("$patch")) {
        continue;
      }
      String name = PodVolumes.name(volume);
      Optional<YamlNode.Entry> nullSource = volume.entries().stream()
          .filter(e -> e.key() != null && PodVolumes.SOURCES.contains(e.key())).findFirst();
      Optional<YamlNode.Entry> unknown = volume.entries().stream()
          .filter(e -> e.key() != null && !"name".equals(e.key())).findFirst();
      if (nullSource.isPresent()) {
        String key = nullSource.get().key();
        ctx.report(nullSource.get().keyNode(), null, ("volume \"%s\" sets %s to null, which leaves it without a "
            + "source: the volume %s instead of a %s volume. Fill in %s or remove it")
            .formatted(name, key, EMPTY_DIR, key, key));
      } else if (unknown.isPresent()) {
        String key = unknown.get().key();
        ctx.report(unknown.get().keyNode(), null, ("volume \"%s\" has no volume source: \"%s\" is not one%s. "
            + "The API server drops the unknown field (or rejects it under strict field validation), and the "
            + "volume %s")
            .formatted(name, key, Text.didYouMean(key, PodVolumes.SOURCES), EMPTY_DIR));
      } else {
        ctx.report(volume, null, ("volume \"%s\" has no volume source, so it %s. Write emptyDir: {} if that "
            + "is intended, or add the missing source").formatted(name, EMPTY_DIR));
      }
    }
  }
}
