package io.podlint.rules.volumes;

import io.podlint.rules.Check;
import java.util.List;

/** Volumes family (domain reference sections 7 and 8). */
public final class VolumeChecks {
  private VolumeChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new VolumeMountUndeclaredCheck(),
      new VolumeNameDuplicateCheck(),
      new VolumeMountPathDuplicateCheck(),
      new VolumeSourceMultipleCheck(),
      new VolumeSourceMissingCheck(),
      new VolumeSubPathInvalidCheck(),
      new VolumeDeviceNotPvcCheck(),
      new VolumeUnusedCheck(),
      new PvcReadWriteOnceSharedCheck());
}
