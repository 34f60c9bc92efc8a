package org.sightline.store.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sightline.core.registry.Violation;

/** Parsing of the scalar values the import formats share; problems become violations. */
public final class Values {
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** The database keeps amounts as NUMERIC(20, 2): whole units plus cents. */
  public static final int MAX_SCALE = 2;

  public static final int MAX_INTEGER_DIGITS = 18;

  private Values() {}

  public static Integer year(String field, String text, List<Violation> errors) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (!INTEGER.matcher(text).matches()) {
      errors.add(new Violation(field, "is not a year (got \"" + text + "\")"));
      return null;
    }
    return Integer.valueOf(text);
  }

  public static BigDecimal amount(String field, String text, List<Violation> errors) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      errors.add(
          new Violation(
              field, "is not a plain number such as 120000000 or 1500.50 (got \"" + text + "\")"));
      return null;
    }
    return checkAmount(field, new BigDecimal(text), errors);
  }

  public static BigDecimal checkAmount(String field, BigDecimal amount, List<Violation> errors) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > MAX_SCALE) {
      errors.add(
          new Violation(
              field,
              "has more than "
                  + MAX_SCALE
                  + " decimal places (got "
                  + amount.toPlainString()
                  + ")"));
      return null;
    }
    if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
      errors.add(new Violation(field, "is too large (got " + amount.toPlainString() + ")"));
      return null;
    }
    return amount;
  }

  /** Splits a {@code ;}-separated multi-value field; empty parts are dropped. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String part : text.split(";", -1)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  public static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  public static String emptyIfNull(Object o) {
    return o == null ? "" : o.toString();
  }

  public static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }
}
