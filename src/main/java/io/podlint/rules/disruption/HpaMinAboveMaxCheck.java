package io.podlint.rules.disruption;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Optional;

/** {@code maxReplicas} below {@code minReplicas}: validateHorizontalPodAutoscalerSpec rejects it on spec.maxReplicas. */
final class HpaMinAboveMaxCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "hpa-min-above-max";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("HorizontalPodAutoscaler");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (d.apiVersion() == null || !d.apiVersion().startsWith("autoscaling/")) {
      return;
    }
    YamlNode spec = d.root().get("spec");
    YamlNode max = spec.get("maxReplicas");
    Optional<Long> min = spec.get("minReplicas").isInt() ? spec.get("minReplicas").asLong() : Optional.empty();
    Optional<Long> maxValue = max.isInt() ? max.asLong() : Optional.empty();
    if (min.isEmpty() || maxValue.isEmpty() || maxValue.get() >= min.get()) {
      return;
    }
    ctx.report(max, "maxReplicas %d is below minReplicas %d; the API server rejects it (spec.maxReplicas: must be greater than or equal to `minReplicas`)"
        .formatted(maxValue.get(), min.get()));
  }
}
