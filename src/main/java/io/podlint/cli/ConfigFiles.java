package io.podlint.cli;

import io.podlint.policy.Config;
import io.podlint.policy.ConfigLoader;
import io.podlint.policy.PolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which config file a command uses: the one named, none, or the first one found upwards. */
final class ConfigFiles {
  private ConfigFiles() {}

  static Config load(Path configFile, boolean noConfig) throws PolicyException {
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        throw new PolicyException(List.of(configFile + ": config file not found"));
      }
      return ConfigLoader.load(configFile);
    }
    if (noConfig) {
      return Config.empty();
    }
    Optional<Path> found = ConfigLoader.discover(Path.of(""));
    return found.isPresent() ? ConfigLoader.load(found.get()) : Config.empty();
  }
}
