package io.podlint.policy;

import java.util.List;
import java.util.Map;

/**
 * How charts and kustomizations are rendered: the tools (a path or a name, null to look for
 * {@code helm}, {@code kustomize} and {@code kubectl} on PATH) and Helm's values and release.
 *
 * @param charts per chart folder (as given in the config, relative to the working folder): its
 *     own values, set, release name and namespace, added to or replacing the general ones
 * @param kubeVersion the target release ({@code 1.30}) for Helm's {@code --kube-version}, or null
 */
public record RenderSettings(String helm, String kustomize, String kubectl, Chart defaults,
    Map<String, Chart> charts, String kubeVersion) {

  /** Helm's inputs for one chart; null or empty fields are not passed. */
  public record Chart(List<String> values, List<String> set, String releaseName, String namespace) {
    public Chart {
      values = values == null ? List.of() : List.copyOf(values);
      set = set == null ? List.of() : List.copyOf(set);
    }

    /** This chart's settings over the general ones: lists added, names replaced. */
    public Chart over(Chart general) {
      List<String> v = new java.util.ArrayList<>(general.values);
      v.addAll(values);
      List<String> s = new java.util.ArrayList<>(general.set);
      s.addAll(set);
      return new Chart(v, s, releaseName != null ? releaseName : general.releaseName,
          namespace != null ? namespace : general.namespace);
    }
  }

  public RenderSettings {
    defaults = defaults == null ? new Chart(null, null, null, null) : defaults;
    charts = charts == null ? Map.of() : Map.copyOf(charts);
  }
}
