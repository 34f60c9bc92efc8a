package org.sightline.store.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A {@code WHERE} clause built from optional filters, with the values its placeholders take in
 * order. Only constant SQL fragments go into the clause; every value is bound as a parameter.
 */
public final class Where {
  private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
  private final List<Object> parameters = new ArrayList<>();

  /** Adds {@code AND condition}; its {@code ?} placeholders take {@code values} in order. */
  public Where and(String condition, Object... values) {
    sql.append(" AND ").append(condition);
    parameters.addAll(Arrays.asList(values));
    return this;
  }

  /** Adds {@code AND condition} with {@code value} when a value is given (an optional filter). */
  public Where andIfGiven(Object value, String condition) {
    return value == null ? this : and(condition, value);
  }

  /** The values for the placeholders, in order. */
  public List<Object> parameters() {
    return Collections.unmodifiableList(parameters);
  }

  /** The clause, starting with a space: {@code " WHERE 1 = 1 AND ..."}. */
  @Override
  public String toString() {
    return sql.toString();
  }
}
