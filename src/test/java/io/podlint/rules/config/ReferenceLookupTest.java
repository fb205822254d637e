package io.podlint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.InputIndex;
import io.podlint.parse.Document;
import io.podlint.parse.YamlParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceLookupTest {

  private static void add(InputIndex.Builder b, String source, String yaml) {
    for (Document d : new YamlParser().parse(source, yaml.getBytes(StandardCharsets.UTF_8)).documents()) {
      b.add(d);
    }
  }

  private static InputIndex index() {
    InputIndex.Builder b = new InputIndex.Builder();
    add(b, "repo/app/config/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\n");
    add(b, "repo/other/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: other}\n");
    return b.build();
  }

  @Test
  void folderOfADisplayName() {
    assertThat(ReferenceLookup.folderOf("repo/app/deploy.yaml")).isEqualTo("repo/app");
    assertThat(ReferenceLookup.folderOf("C:\\repo\\app.yaml")).isEqualTo("C:/repo");
    assertThat(ReferenceLookup.folderOf("<stdin>")).isEmpty();
  }

  @Test
  void missingWhenTheWorkloadsFolderOrBelowHoldsThatKind() {
    InputIndex index = index();
    assertThat(ReferenceLookup.isMissing(index, false, "ConfigMap", "default", "app", "repo/app")).isFalse();
    assertThat(ReferenceLookup.isMissing(index, false, "ConfigMap", "default", "app-env", "repo/app")).isTrue();
    assertThat(ReferenceLookup.isMissing(index, false, "ConfigMap", "default", "app-env", "")).isTrue();
    // A ConfigMap of an unrelated folder is no evidence; another namespace neither.
    assertThat(ReferenceLookup.isMissing(index, false, "ConfigMap", "default", "app-env", "repo/web")).isFalse();
    assertThat(ReferenceLookup.isMissing(index, false, "ConfigMap", "prod", "app-env", "repo/app")).isFalse();
    assertThat(ReferenceLookup.isMissing(index, false, "ConfigMap", "default", "app-env", "repo/app/config/x")).isFalse();
  }

  @Test
  void closedWorldNeedsNoEvidenceButDefaultAccountAlwaysExists() {
    InputIndex index = index();
    assertThat(ReferenceLookup.isMissing(index, true, "Secret", "prod", "db", "repo/app")).isTrue();
    assertThat(ReferenceLookup.isMissing(index, true, "ServiceAccount", "prod", "default", "repo/app")).isFalse();
    assertThat(ReferenceLookup.isMissing(index, false, "ServiceAccount", "default", "builder", "repo")).isTrue();
    // kube-controller-manager's root-CA publisher creates kube-root-ca.crt in every namespace
    assertThat(ReferenceLookup.isMissing(index, true, "ConfigMap", "prod", "kube-root-ca.crt", "repo/app")).isFalse();
    assertThat(ReferenceLookup.isMissing(index, true, "Secret", "prod", "kube-root-ca.crt", "repo/app")).isTrue();
  }
}
