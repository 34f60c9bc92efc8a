package org.sightline.store.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.registry.OrganizationNames;

/**
 * {@link OrganizationNames#key} of names, cached per transaction: normalising a name (Unicode
 * decomposition and several regular expressions) costs more than the rest of a row, and imports
 * repeat few names.
 */
final class NameKeys {
  private static final int CACHE_LIMIT = 100_000;

  private final Map<String, String> cache = new HashMap<>();

  String key(String name) {
    if (name == null) {
      return OrganizationNames.key(null);
    }
    String key = cache.get(name);
    if (key == null) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      key = OrganizationNames.key(name);
      cache.put(name, key);
    }
    return key;
  }

  /** The distinct non-empty keys of a name and its aliases, name first. */
  Set<String> keys(String name, List<String> aliases) {
    Set<String> keys = new LinkedHashSet<>();
    String k = key(name);
    if (!k.isEmpty()) {
      keys.add(k);
    }
    for (String a : aliases) {
      String ak = key(a);
      if (!ak.isEmpty()) {
        keys.add(ak);
      }
    }
    return keys;
  }

  /** {@code ;key;key;} of a supplier's name and aliases, for LIKE membership tests. */
  String delimited(OrganizationRef ref) {
    return Rows.delimited(new ArrayList<>(keys(ref.name(), ref.aliases())));
  }
}
