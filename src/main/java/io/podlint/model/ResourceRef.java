package io.podlint.model;

/** The Kubernetes object a finding belongs to. */
public record ResourceRef(String apiVersion, String kind, String name, String namespace) {}
