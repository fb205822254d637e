package io.podlint.model;

import io.podlint.parse.YamlNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The requests and limits a LimitRange fills in for a container that does not set them. Only
 * items of {@code type: Container} give defaults (the LimitRanger admission plugin's
 * {@code defaultContainerResourceRequirements}); {@code Pod} and {@code PersistentVolumeClaim}
 * items only constrain. API defaulting of the LimitRange itself ({@code SetDefaults_LimitRangeItem})
 * first fills {@code default} from {@code max}, then {@code defaultRequest} from {@code default}
 * and from {@code min}; {@code mergeContainerResources} then sets each resource the container
 * lacks.
 *
 * @param requests resource names it gives a default request
 * @param limits resource names it gives a default limit
 */
public record LimitRangeDefaults(Set<String> requests, Set<String> limits) {
  public static final LimitRangeDefaults NONE = new LimitRangeDefaults(Set.of(), Set.of());

  public LimitRangeDefaults {
    requests = Set.copyOf(requests);
    limits = Set.copyOf(limits);
  }

  /** Reads a LimitRange object. */
  public static LimitRangeDefaults of(YamlNode limitRange) {
    Set<String> requests = new TreeSet<>();
    Set<String> limits = new TreeSet<>();
    for (YamlNode item : limitRange.at("spec.limits").items()) {
      if (!"Container".equals(item.get("type").text())) {
        continue;
      }
      names(item, List.of("default", "max"), limits);
      names(item, List.of("defaultRequest", "default", "max", "min"), requests);
    }
    return requests.isEmpty() && limits.isEmpty() ? NONE : new LimitRangeDefaults(requests, limits);
  }

  private static void names(YamlNode item, List<String> fields, Set<String> out) {
    for (String field : fields) {
      for (YamlNode.Entry e : item.get(field).entries()) {
        if (e.key() != null) {
          out.add(e.key());
        }
      }
    }
  }

  public boolean defaultsRequest(String resource) {
    return requests.contains(resource);
  }

  public boolean defaultsLimit(String resource) {
    return limits.contains(resource);
  }
}
