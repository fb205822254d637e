package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.probes.ProbePorts.PortRef;
import java.util.List;
import java.util.Locale;

/**
 * A probe port the API server rejects: missing, out of 1-65535, a string that is not a valid
 * port name (a quoted number is a string), or a name where gRPC needs a number.
 */
final class ProbePortInvalidCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-port-invalid";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    for (PortRef ref : ProbePorts.of(probe)) {
      String message = message(ref, probe.describe());
      if (message != null) {
        ctx.report(ref.port().hasValue() ? ref.port() : ref.handlerNode(), probe.container(), message);
      }
    }
  }

  /** Why the API server rejects the port, or null when it accepts it. */
  static String message(PortRef ref, String probe) {
    YamlNode port = ref.port();
    if (!port.hasValue()) {
      return "%s of %s has no port; the API server rejects it (a missing port counts as 0, which is not between 1 and 65535). Set the port the app listens on"
          .formatted(ref.handler(), probe);
    }
    String shown = port.isScalar() ? port.text() : "(not a scalar)";
    String subject = "%s port %s of %s".formatted(ref.handler(), port.isString() ? "\"" + shown + "\"" : shown, probe);
    if (port.isInt()) {
      return port.asLong().filter(PortNames::isValidNumber).isPresent() ? null
          : subject + " is out of range; the API server rejects it: a port number must be between 1 and 65535";
    }
    if (!port.isString()) {
      return subject + " cannot be decoded (a port is a whole number or a port name); the API server rejects it";
    }
    String name = port.text();
    if (ref.numericOnly()) {
      return PortNames.isQuotedNumber(name)
          ? subject + " is a string; gRPC ports must be numbers, so the API server cannot decode it. Remove the quotes: port: " + name
          : subject + " is a name; gRPC probes do not support named ports, so the API server cannot decode it. Use the port number";
    }
    if (PortNames.isQuotedNumber(name)) {
      return subject + " is a quoted string, which the API server reads as a port name, and a port name must contain a letter, so it rejects the object. Remove the quotes: port: " + name;
    }
    List<String> problems = PortNames.problems(name);
    if (problems.isEmpty()) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String fix = !lower.equals(name) && PortNames.isValid(lower)
        ? "Use the lowercase name \"%s\" here and in ports[]".formatted(lower)
        : "Use the port number, or a name of at most 15 lowercase letters, digits and single hyphens declared in ports[]";
    return "%s is not a valid port name (%s); the API server rejects it. %s".formatted(subject, String.join("; ", problems), fix);
  }
}
