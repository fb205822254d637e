package io.podlint.k8s.podsecurity;

/**
 * A Pod Security policy that podlint applies to every namespace, instead of reading the labels of
 * the Namespace objects in the input.
 *
 * @param policy the level of each mode
 * @param origin where it comes from, for messages: {@code --pod-security} or {@code podSecurity in .podlint.yaml}
 */
public record AssumedPodSecurity(NamespacePolicy policy, String origin) {}
