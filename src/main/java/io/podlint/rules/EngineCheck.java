package io.podlint.rules;

import java.util.List;

/**
 * The check of policies whose findings the engine makes itself (parse problems, suppression
 * directives): it gives them a policy to belong to and has no hook.
 */
public interface EngineCheck extends Check<NoParams> {
  @Override
  default List<String> defaultKinds() {
    return List.of();
  }

  @Override
  default ReadyCheck compile(NoParams params) {
    return ReadyCheck.NONE;
  }
}
