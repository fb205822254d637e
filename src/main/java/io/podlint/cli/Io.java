package io.podlint.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** The streams of one run, injected so that tests can capture them. */
record Io(PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal) {}
