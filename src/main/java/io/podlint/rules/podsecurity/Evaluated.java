package io.podlint.rules.podsecurity;

import io.podlint.k8s.podsecurity.Violation;
import io.podlint.model.ContainerView;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import java.util.List;

/**
 * A check's violation at one revision, detached for reporting later: the plugin's text and the
 * spots, each with an anchor (and, until the document is released, its node).
 */
record Evaluated(String text, List<Spot> spots) {

  record Spot(Anchor anchor, YamlNode node, ContainerView container) {}

  /** Without nodes: for a task that runs after the document is released. */
  Evaluated detached() {
    return new Evaluated(text, spots.stream().map(s -> new Spot(s.anchor(), null, null)).toList());
  }

  static Evaluated of(Violation v, CheckContext ctx) {
    return new Evaluated(v.text(), v.spots().stream()
        .map(s -> new Spot(ctx.anchor(s.node(), s.container()), s.node(), s.container())).toList());
  }
}
