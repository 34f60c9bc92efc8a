package org.sightline.core.schema;

import java.util.function.Function;
import java.util.function.Predicate;
import org.sightline.core.registry.Violation;

/**
 * Whether a field must be given: never, always (even on a draft), unless another field is given, or
 * only for a record to be published. The rules report an unmet need under the field's key (or the
 * key the need names) with its message; forms show the {@link #hint} ("required", "at least one")
 * next to the label.
 */
public record Need<R, V>(
    Need.When when,
    Predicate<V> met,
    Predicate<R> excused,
    String key,
    String message,
    String hint) {
  /** When the need applies. */
  public enum When {
    NEVER,
    ALWAYS,
    TO_PUBLISH
  }

  public static <R, V> Need<R, V> optional() {
    return new Need<>(When.NEVER, null, null, null, null, "");
  }

  /** Always needed: "is required", and "required" next to the form label. */
  public static <R, V> Need<R, V> required() {
    return required("is required", "required");
  }

  public static <R, V> Need<R, V> required(String message, String hint) {
    return new Need<>(When.ALWAYS, null, null, null, message, hint);
  }

  /** Needed unless the other field of the record is given. */
  public static <R, V> Need<R, V> requiredUnless(Field<R, ?> other, String message) {
    return new Need<>(When.ALWAYS, null, r -> isGiven(other, r), null, message, "");
  }

  /** Needed to publish: a published record's value must pass {@code met}. */
  public static <R, V> Need<R, V> toPublish(Predicate<V> met, String key, String message) {
    return new Need<>(When.TO_PUBLISH, met, null, key, message, "");
  }

  public boolean isOptional() {
    return when == When.NEVER;
  }

  public boolean isToPublish() {
    return when == When.TO_PUBLISH;
  }

  /** The violation when the need is not met by this record, else null. */
  Violation unmet(Field<R, V> field, R record, V value, boolean published) {
    boolean satisfied =
        switch (when) {
          case NEVER -> true;
          case ALWAYS -> !field.isEmpty(value) || (excused != null && excused.test(record));
          case TO_PUBLISH -> !published || met.test(value);
        };
    return satisfied ? null : new Violation(key == null ? field.key() : key, message);
  }

  <S> Need<S, V> on(Function<S, R> inner) {
    return new Need<>(
        when, met, excused == null ? null : s -> excused.test(inner.apply(s)), key, message, hint);
  }

  private static <R, W> boolean isGiven(Field<R, W> field, R record) {
    return !field.isEmpty(field.valueOf(record));
  }
}
