package io.podlint.rules.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.ImageReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFixesTest {
  private static final String H64 = "0123456789abcdef".repeat(4);

  @ParameterizedTest
  @CsvSource({
      "myorg/MyApp:1.0, myorg/myapp:1.0",
      "MyOrg/app, myorg/app",
      "MyOrg/app:V1, myorg/app:V1",
      "gcr.io/Proj/Img:Tag, gcr.io/proj/img:Tag",
      "Nginx, nginx",
      "My_Org/app, my_org/app",
      "Registry.Example.com:5000/Team/App, registry.example.com:5000/team/app",
  })
  void lowercasesTheNameAndKeepsTheTag(String image, String fixed) {
    assertThat(ImageFixes.lowercase(image)).contains(fixed);
  }

  @Test
  void lowercasesTheDigestAlgorithmOnlyWhenNeeded() {
    assertThat(ImageFixes.lowercase("App@sha256:" + H64)).contains("app@sha256:" + H64);
    assertThat(ImageFixes.lowercase("app@SHA256:" + H64)).contains("app@sha256:" + H64);
  }

  @Test
  void offersNoLowercaseFixThatDoesNotParse() {
    assertThat(ImageFixes.lowercase("My Org/app")).isEmpty();
    assertThat(ImageFixes.lowercase("nginx:1.0")).isEmpty(); // nothing to change
  }

  @ParameterizedTest
  @CsvSource({
      "https://nginx:1.27, nginx:1.27",
      "http://registry.example.com/app:1, registry.example.com/app:1",
      "nginx :1.27, nginx:1.27",
      "nginx:, nginx",
      "nginx@, nginx",
      "gcr.io/p/app/, gcr.io/p/app",
  })
  void repairsMechanicalMistakes(String image, String fixed) {
    assertThat(ImageFixes.repair(image)).contains(fixed);
  }

  @Test
  void repairsUppercaseDigestHex() {
    assertThat(ImageFixes.repair("app@sha256:" + H64.toUpperCase())).contains("app@sha256:" + H64);
  }

  @Test
  void offersNoRepairWhenNothingMechanicalHelps() {
    assertThat(ImageFixes.repair("nginx:1:2")).isEmpty();
    assertThat(ImageFixes.repair("app@sha256:abcd")).isEmpty();
    assertThat(ImageFixes.repair("<YOUR-CONTAINER>")).isEmpty();
  }

  @Test
  void adviceFitsTheError() {
    assertThat(advice("<YOUR-CONTAINER>")).contains("placeholder");
    assertThat(advice("${IMAGE}")).contains("placeholder");
    assertThat(advice("{{ .Values.image }}")).contains("placeholder");
    assertThat(advice(H64)).contains("image ID").contains("repository@sha256:" + H64);
    assertThat(advice("https://nginx")).contains("remove \"https://\"");
    assertThat(advice("ngi nx")).contains("whitespace");
    assertThat(advice("nginx:")).contains("tag after ':' is empty");
    assertThat(advice("nginx@")).contains("digest after '@' is empty");
    assertThat(advice("app@md5:" + H64.substring(32))).contains("sha256, sha384 and sha512");
    assertThat(advice("app@sha256:" + H64.substring(1) + "00")).contains("exactly 64");
    assertThat(advice("app@sha256:" + H64.toUpperCase())).contains("lowercase hex");
    assertThat(advice("a".repeat(300))).contains("255");
    assertThat(advice("nginx@sha256:abcd")).contains("at least 32 hex digits");
    assertThat(advice("nginx:1.27:alpine")).contains("only one ':'");
    assertThat(advice("registry:5000/app:1:2")).contains("only one ':'");
    assertThat(advice("nginx:-1")).contains("[registry[:port]/]path[:tag][@sha256:digest]");
  }

  private static String advice(String image) {
    ImageReference ref = ImageReference.parse(image);
    assertThat(ref.isValid()).as(image).isFalse();
    return ImageFixes.advice(ref);
  }
}
