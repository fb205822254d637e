package io.podlint.rules;

import io.podlint.parse.Location;

/**
 * A detached position to report at later: a check that waits for the input index keeps these
 * instead of YAML nodes, so that the document trees can be freed while other files are read.
 */
public record Anchor(Location location, String path, String container) {}
