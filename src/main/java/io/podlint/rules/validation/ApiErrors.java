package io.podlint.rules.validation;

import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.rules.StatefulSetTemplates;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API server's error lines ({@code field.Error.Error()}: path, type, quoted value, detail),
 * followed by what happens, so a finding reads like the {@code kubectl apply} error it prevents.
 */
final class ApiErrors {
  private ApiErrors() {}

  static String invalid(String path, Object value, String detail) {
    return path + ": Invalid value: " + goValue(value) + ": " + detail;
  }

  /** Several complaints about one value, in one line (upstream emits one error per message). */
  static String invalid(String path, Object value, java.util.List<String> details) {
    return invalid(path, value, String.join("; ", details));
  }

  static String required(String path, String detail) {
    return path + ": Required value" + (detail.isEmpty() ? "" : ": " + detail);
  }

  static String duplicate(String path, Object value) {
    return path + ": Duplicate value: " + goValue(value);
  }

  static String forbidden(String path, String detail) {
    return path + ": Forbidden: " + detail;
  }

  static String tooLong(String path, long limit) {
    return path + ": Too long: must have at most " + limit + " bytes";
  }

  /** "; the Deployment is not created. " + fix, appended to an error line. */
  static String rejected(Document d, String error, String fix) {
    return error + "; the " + (d.kind() == null ? "object" : d.kind()) + " is not created. " + fix;
  }

  /** For pod-spec checks: StatefulSet templates were long accepted and fail later (see StatefulSetTemplates). */
  static String rejectedPodSpec(Workload w, String error, String fix) {
    if ("StatefulSet".equals(w.kind())) {
      return error + "; recent API servers reject the StatefulSet, older ones accept it and its Pods fail to be "
          + "created. " + fix;
    }
    return rejected(w.document(), error, fix);
  }

  static String podSpecConsequence(Workload w) {
    return StatefulSetTemplates.rejectionConsequence(w);
  }

  /** A value printed as is, for objects whose Go rendering would only be noise (an empty selector). */
  record Raw(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Go's {@code %q} for strings, {@code %#v} for a label map, plain for numbers and {@link Raw}. */
  static String goValue(Object value) {
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("map[string]string{");
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        sb.append(first ? "" : ", ").append(quote(String.valueOf(e.getKey()))).append(':')
            .append(quote(String.valueOf(e.getValue())));
        first = false;
      }
      return sb.append('}').toString();
    }
    return String.valueOf(value);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
