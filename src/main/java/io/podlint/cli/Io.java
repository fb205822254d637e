package io.podlint.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The streams of one run, injected so that tests can capture them.
 *
 * @param terminal whether standard output is a terminal (colour)
 * @param errTerminal whether standard error is a terminal (progress)
 */
record Io(PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal, boolean errTerminal) {}
