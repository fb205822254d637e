package io.podlint.rules.image;

import io.podlint.rules.Check;
import java.util.List;

/** Image reference family (domain reference section 5). */
public final class ImageChecks {
  private ImageChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new ImageMissingCheck(),
      new ImageWhitespaceCheck(),
      new ImageInvalidReferenceCheck(),
      new ImageUppercaseCheck(),
      new ImageTagMissingOrLatestCheck(),
      new ImageTagAndDigestCheck(),
      new ImageDigestRequiredCheck(),
      new ImagePullPolicyInvalidCheck(),
      new ImagePullPolicyNeverCheck(),
      new ImagePullPolicyMutableCheck(),
      new ImageRegistryAllowlistCheck(),
      new ImageImplicitRegistryCheck());
}
