package io.podlint.util;

import java.util.function.Supplier;

/** A value computed on first use, once, whichever thread asks first. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  public Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
