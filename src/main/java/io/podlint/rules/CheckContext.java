package io.podlint.rules;

import io.podlint.model.ContainerView;
import io.podlint.model.InputIndex;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import java.util.function.Consumer;

/** What a check can do: report at a node, and look at the rest of the input afterwards. */
public interface CheckContext {

  /** Reports a problem at a node. */
  void report(YamlNode at, String message);

  /** Reports a problem at a node that belongs to a container. */
  void report(YamlNode at, ContainerView container, String message);

  /** Reports with a consequence more specific than the policy's general one. */
  void report(YamlNode at, ContainerView container, String message, String consequence);

  /**
   * Reports with a severity of its own instead of the policy's: for rules whose severity follows
   * what the input says, such as the admission mode of a Pod Security level (enforce, warn, audit).
   */
  default void report(YamlNode at, ContainerView container, String message, String consequence,
      io.podlint.model.Severity severity) {
    report(at, container, message, consequence);
  }

  /**
   * Reports at an exact location inside {@code at} (a position within a scalar's value, see
   * {@link io.podlint.parse.ScalarPositions}); {@code at} still gives the finding its path.
   */
  void report(YamlNode at, Location exact, ContainerView container, String message);

  /**
   * Reports with the one certain repair ({@code fix} may be null: no fix); {@code exact} and
   * {@code consequence} may be null as in the other forms.
   */
  default void report(YamlNode at, Location exact, ContainerView container, String message,
      String consequence, io.podlint.model.Fix fix) {
    if (exact != null) {
      report(at, exact, container, message);
    } else {
      report(at, container, message, consequence);
    }
  }

  /** A detached position for {@link #afterIndex}. */
  Anchor anchor(YamlNode at, ContainerView container);

  /**
   * Runs {@code task} once every file has been read and the index of the whole input is
   * complete. The task must capture anchors and strings only, never YAML nodes.
   */
  void afterIndex(Consumer<Indexed> task);

  /**
   * The policy's text {@code text} (declared by the check in {@link Check#texts()}) with its
   * placeholders filled by {@code values}, in the declared order.
   */
  default String text(PolicyText text, Object... values) {
    throw new IllegalStateException("no policy texts in this context");
  }

  /** Global settings that checks may consult. */
  LintSettings settings();

  /**
   * Whether the policy {@code policyId} runs on the current object in this run. A general check
   * (such as the schema check) uses it to leave a problem to the policy that explains it
   * better, so that one mistake gives one finding whichever policies are enabled.
   */
  default boolean isActive(String policyId) {
    return false;
  }

  /** The view a deferred task gets: the complete index and a way to report. */
  interface Indexed {
    InputIndex index();

    /**
     * The file of the object that deferred the task, to pick the nearest copy of an object the
     * input holds several times ({@link InputIndex#nearest}).
     */
    String source();

    void report(Anchor at, String message);

    void report(Anchor at, String message, String consequence);

    /** The policy's text, filled, as {@link CheckContext#text}. */
    default String text(PolicyText text, Object... values) {
      throw new IllegalStateException("no policy texts in this context");
    }

    /** Reports with a severity of its own (see {@link CheckContext#report(YamlNode, ContainerView, String, String, io.podlint.model.Severity)}). */
    default void report(Anchor at, String message, String consequence, io.podlint.model.Severity severity) {
      report(at, message, consequence);
    }
  }
}
