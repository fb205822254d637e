package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.ProbeView;
import io.podlint.model.Probes;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.ArrayList;
import java.util.List;

/**
 * A container {@code command} or probe {@code exec.command} whose first element holds a whole
 * command line. Windows Pods are skipped: their runtime turns argv into a Windows command line,
 * which is not modelled here.
 */
final class ExecCommandNotSplitCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "exec-command-not-split";
  }

  /** A container command whose first element holds the whole command line: {fix} says how to split it. */
  private static final PolicyText COMMAND_MESSAGE = PolicyText.of("commandMessage", "container", "first", "fix");
  private static final PolicyText COMMAND_CONSEQUENCE = PolicyText.of("commandConsequence");

  @Override
  public List<PolicyText> texts(NoParams params) {
    List<PolicyText> out = new ArrayList<>(List.of(COMMAND_MESSAGE, COMMAND_CONSEQUENCE));
    out.addAll(AlwaysFailingProbe.TEXTS);
    return out;
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (isWindows(w)) {
      return;
    }
    for (ContainerView c : w.containers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      YamlNode command = c.get("command");
      UnsplitCommand.firstElementWithSpaces(command).ifPresent(first -> ctx.report(first, c,
          ctx.text(COMMAND_MESSAGE, c.describe(), first.text(),
              capitalize(UnsplitCommand.fix(UnsplitCommand.texts(command), c.get("args").hasValue()))),
          ctx.text(COMMAND_CONSEQUENCE)));
    }
    for (ProbeView probe : Probes.of(w)) {
      YamlNode command = probe.node().at("exec.command");
      UnsplitCommand.firstElementWithSpaces(command).ifPresent(first -> ctx.report(first, probe.container(),
          "exec command of %s starts with \"%s\", which is taken as the name of a single executable; no such file exists, so every probe run fails and %s. %s"
              .formatted(probe.describe(), first.text(), probe.kind().outcomeWhenAlwaysFailing(),
                  capitalize(UnsplitCommand.fix(UnsplitCommand.texts(command), false))),
          AlwaysFailingProbe.consequence(probe.kind(), ctx)));
    }
  }

  private static boolean isWindows(Workload w) {
    YamlNode spec = w.podSpec();
    return "windows".equals(spec.at("os.name").text())
        || "windows".equals(spec.get("nodeSelector").get("kubernetes.io/os").text())
        || "windows".equals(spec.get("nodeSelector").get("beta.kubernetes.io/os").text());
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
