/**
 * Pure parsing/validation of Multus / NPWG network annotations and NetworkAttachmentDefinition
 * configs. No I/O, no DNS lookups, no cluster access.
 *
 * <ul>
 *   <li>{@link io.podlint.k8s.multus.NetworkSelectionParser} parses {@code
 *       k8s.v1.cni.cncf.io/networks} / {@code v1.multus-cni.io/default-network} values (text or
 *       JSON form) into {@link io.podlint.k8s.multus.NetworkSelection}s plus {@link
 *       io.podlint.k8s.multus.ValueProblem}s.
 *   <li>{@link io.podlint.k8s.multus.NetworkPlan} derives interface names, conflicts and the
 *       default-route placement across elements.
 *   <li>{@link io.podlint.k8s.multus.AnnotationKeys} knows the real keys and detects near misses.
 *   <li>{@link io.podlint.k8s.multus.NadConfig} parses a NAD {@code spec.config}.
 *   <li>{@link io.podlint.k8s.multus.IpLiterals} / {@link io.podlint.k8s.multus.MacAddresses}
 *       mirror Go's {@code net.ParseIP}/{@code ParseCIDR}/{@code ParseMAC}.
 * </ul>
 *
 * <p>Offsets contract: every {@code start}/{@code end} is a half-open range of Java {@code char}
 * indices into the exact string that was parsed. JSON spans cover whole tokens (quotes and
 * brackets included). A non-null {@link io.podlint.k8s.multus.ValueProblem#suggestion()} is the
 * literal replacement text for that range.
 */
package io.podlint.k8s.multus;
