package io.podlint.rules.image;

import io.podlint.rules.Check;
import java.util.List;

/** Image reference family (domain reference section 5). */
public final class ImageChecks {
  private ImageChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new ImageMissingCheck(),
      new ImageWhitespaceCheck(),
      new InvalidReferenceCheck(),
      new UppercaseCheck(),
      new LatestTagCheck(),
      new TagAndDigestCheck(),
      new DigestRequiredCheck(),
      new PullPolicyValueCheck(),
      new PullPolicyNeverCheck(),
      new PullPolicyMutableCheck(),
      new RegistryAllowlistCheck(),
      new ImplicitRegistryCheck());
}
