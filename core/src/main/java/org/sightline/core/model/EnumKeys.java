package org.sightline.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lower-case keys by which enum constants are stored, imported and named in URLs and files
 * ({@code in_review} for {@code IN_REVIEW}). Each enum's table is built once, on first use: keys
 * are read and written for every imported row, so a lookup is a map read, not a scan.
 */
public final class EnumKeys {
  private static final ClassValue<Table> TABLES =
      new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] keys = new String[constants.length];
          Map<String, Object> byKey = new HashMap<>();
          for (int i = 0; i < constants.length; i++) {
            keys[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            byKey.put(keys[i], constants[i]);
          }
          return new Table(keys, byKey);
        }
      };

  private record Table(String[] keys, Map<String, Object> byKey) {}

  private EnumKeys() {}

  /** The constant's key: its name in lower case. */
  public static String key(Enum<?> value) {
    return TABLES.get(value.getDeclaringClass()).keys[value.ordinal()];
  }

  /** The constant whose key is {@code key} (surrounding spaces ignored); empty for null or none. */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(type.cast(TABLES.get(type).byKey.get(key.trim())));
  }

  /** As {@link #find}, in any letter case ({@code Reviewer} for {@code reviewer}). */
  public static <E extends Enum<E>> Optional<E> findIgnoringCase(Class<E> type, String key) {
    return key == null ? Optional.empty() : find(type, key.toLowerCase(Locale.ROOT));
  }
}
