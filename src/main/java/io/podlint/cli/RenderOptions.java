package io.podlint.cli;

import io.podlint.policy.Config;
import io.podlint.policy.RenderSettings;
import io.podlint.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How {@code lint} renders the Helm charts and kustomizations in the folders given. */
final class RenderOptions {
  @Option(names = "--no-render", description = "Do not render the Helm charts and kustomizations found in the folders given.")
  boolean noRender;

  @Option(names = "--values", paramLabel = "FILE", description = "A Helm values file for every chart rendered (repeatable).")
  List<String> helmValues = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A Helm value for every chart rendered, as helm --set (repeatable).")
  List<String> helmSet = new ArrayList<>();

  @Option(names = "--release-name", paramLabel = "NAME", description = "The Helm release name charts are rendered with (default: release-name).")
  String releaseName;

  @Option(names = "--release-namespace", paramLabel = "NAMESPACE", description = "The namespace charts are rendered for (helm template --namespace).")
  String releaseNamespace;

  /** The renderer of the run, or null with {@code --no-render}. */
  Renderer renderer(RunSetup setup) {
    return noRender ? null : new Renderer(settings(setup.config(), setup));
  }

  /** The config's render settings, with the command line's values, release and target version over them. */
  private RenderSettings settings(Config config, RunSetup setup) {
    RenderSettings fromConfig = config.render();
    RenderSettings.Chart general = new RenderSettings.Chart(helmValues, helmSet, releaseName, releaseNamespace)
        .over(fromConfig.defaults());
    return new RenderSettings(fromConfig.helm(), fromConfig.kustomize(), fromConfig.kubectl(), general,
        fromConfig.charts(), "1." + setup.settings().kubernetesVersion().minor());
  }
}
