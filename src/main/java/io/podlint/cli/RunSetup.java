package io.podlint.cli;

import io.podlint.policy.BoundPolicy;
import io.podlint.policy.Config;
import io.podlint.policy.LintSetup;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicySet;
import io.podlint.render.Renderer;
import io.podlint.rules.LintSettings;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a lint, describe or fix run starts from: the {@link LintSetup} of the config found (or
 * given) with the command line's options over it, then the input files ({@link #inputs}), or the
 * located problems that make it a usage error. The three commands set up through here alone, so an
 * option means the same in each; the language server builds the same {@link LintSetup} without
 * options.
 */
record RunSetup(LintSetup lint) {

  /** @throws PolicyException with one located line per problem of the config, policy or schema files */
  static RunSetup of(SourceOptions o) throws PolicyException {
    Config config = ConfigFiles.load(o.configFile, o.noConfig);
    return new RunSetup(LintSetup.of(config, new LintSetup.Overrides(o.policyFolders, o.schemaFiles, o.closedWorld,
        o.kubernetesVersion, o.podSecurity, o.clusterProfile)));
  }

  Config config() {
    return lint.config();
  }

  PolicySet policies() {
    return lint.policies();
  }

  List<BoundPolicy> active() {
    return lint.active();
  }

  LintSettings settings() {
    return lint.settings();
  }

  /** Every policy id, active or not (for suppressions of inactive rules). */
  Set<String> knownRules() {
    return lint.knownRules();
  }

  /**
   * The command's input files: {@code paths} as targets and the {@code --nad-folder} folders as
   * context, without the files that the config's exclude or {@code excludes} match.
   *
   * @param renderer renders the charts and kustomizations found in the folders given; null not to
   * @param contextLinted whether the context files are linted and reported like the targets (lint:
   *     one collection, de-duplicated by real path, rendered too), or only read alongside them
   *     (describe, fix)
   * @throws PolicyException for a bad exclude pattern
   */
  InputCollector.Collected inputs(SourceOptions o, List<String> paths, List<String> excludes, Renderer renderer,
      boolean contextLinted, InputStream stdin) throws PolicyException {
    List<String> globs = new ArrayList<>(config().exclude());
    globs.addAll(excludes);
    InputCollector.TargetsAndContext collectors;
    try {
      collectors = InputCollector.forTargetsAndContext(globs, renderer, contextLinted);
    } catch (IllegalArgumentException e) {
      throw new PolicyException(List.of("bad exclude pattern: " + e.getMessage()));
    }
    return collectors.collect(paths, o.nadFolders, o.stdinName, stdin);
  }

  /** Prints the problems of a failed set-up, one line each, and gives the usage exit code. */
  static int usageError(Io io, PolicyException e) {
    e.problems().forEach(p -> io.err().println("podlint: " + p));
    return ExitCode.USAGE.code();
  }
}
