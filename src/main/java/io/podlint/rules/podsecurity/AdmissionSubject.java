package io.podlint.rules.podsecurity;

import io.podlint.model.Workload;

/**
 * What admission is asked to accept, for messages: a Pod (refused outright under enforce), a
 * controller it knows (evaluated for warn and audit; its Pods are refused later), or a custom
 * kind (only its Pods are evaluated).
 *
 * @param name the object's name, or its kind when it has none
 */
record AdmissionSubject(String kind, String name, boolean pod, boolean custom) {
  static AdmissionSubject of(Workload w) {
    String name = w.document().name();
    return new AdmissionSubject(w.kind(), name == null || name.isEmpty() ? w.kind() : name, w.isBarePod(),
        !Workload.KINDS.contains(w.kind()));
  }
}
