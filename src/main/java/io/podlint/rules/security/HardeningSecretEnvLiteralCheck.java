package io.podlint.rules.security;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An env variable whose name says it holds a secret (ends with PASSWORD, TOKEN, SECRET, API_KEY...)
 * with a literal {@code value}: the secret is in the manifest, in Git and in {@code kubectl get -o yaml}.
 */
final class HardeningSecretEnvLiteralCheck implements WorkloadCheck<NoParams> {
  /** The last words of the name; TOKEN_TTL or PASSWORD_FILE do not end with them. */
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i)(^|[_.-])(PASSWORD|PASSWD|PASS|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|SECRET_?KEY|ACCESS_?KEY|CREDENTIALS?)$");

  @Override
  public String id() {
    return "hardening-secret-env-literal";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      for (YamlNode env : c.get("env").items()) {
        String name = env.get("name").text("");
        YamlNode value = env.get("value");
        String text = value.text("");
        if (SECRET_NAME.matcher(name).find() && isLiteral(text)) {
          ctx.report(value, c, ("%s sets %s to a literal value: the secret is stored in the manifest, in version "
              + "control and in the API object for anyone who can read it. Move it to a Secret and use "
              + "valueFrom.secretKeyRef").formatted(c.describe(), name));
        }
      }
    }
  }

  /** A value that could be a secret: not empty, not a $(VAR) reference, not a file path. */
  private static boolean isLiteral(String text) {
    return !text.isBlank() && !text.contains("$(") && !text.startsWith("/") && !List.of("true", "false").contains(text);
  }
}
