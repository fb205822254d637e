package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.parse.YamlNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ports a container declares in {@code ports[]}: the kubelet resolves a named probe port
 * against these, and only these (not sibling containers' ports).
 *
 * @param known false when {@code ports} is not a list, so nothing can be concluded
 * @param names declared port names in order
 * @param numbers declared {@code containerPort} numbers in order
 */
public record ContainerPorts(boolean known, Map<String, Optional<Long>> names, Set<Long> numbers) {

  public static ContainerPorts of(ContainerView c) {
    YamlNode ports = c.get("ports");
    if (!ports.hasValue()) {
      return new ContainerPorts(true, Map.of(), Set.of());
    }
    if (!ports.isSequence()) {
      return new ContainerPorts(false, Map.of(), Set.of());
    }
    Map<String, Optional<Long>> names = new LinkedHashMap<>();
    Set<Long> numbers = new LinkedHashSet<>();
    for (YamlNode p : ports.items()) {
      Optional<Long> number = p.get("containerPort").asLong();
      number.ifPresent(numbers::add);
      String name = p.get("name").text();
      if (name != null && !name.isEmpty()) {
        names.putIfAbsent(name, number);
      }
    }
    return new ContainerPorts(true, Map.copyOf(names), Set.copyOf(numbers));
  }

  /** Declares at least one port. */
  public boolean any() {
    return !names.isEmpty() || !numbers.isEmpty();
  }

  public boolean declaresName(String name) {
    return names.containsKey(name);
  }

  public boolean declaresNumber(long number) {
    return numbers.contains(number);
  }

  /** The number a declared port name stands for, when the name and its number are declared. */
  public Optional<Long> numberOf(String name) {
    return names.getOrDefault(name, Optional.empty());
  }

  /** The declared names, sorted, for messages. */
  public List<String> sortedNames() {
    return names.keySet().stream().sorted().toList();
  }

  /** The declared numbers, sorted, for messages. */
  public List<Long> sortedNumbers() {
    return numbers.stream().sorted().toList();
  }
}
