package io.podlint.rules;

/** The parameter type of checks that take none. */
public record NoParams() {}
