package org.sightline.app.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/**
 * Parses request parameters into domain values, failing with a {@link BadParameterException} that
 * names the parameter and says what would have been accepted. Absent (null or blank) values parse
 * to null: every filter is optional.
 */
public final class ApiParameters {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  private ApiParameters() {}

  public static String countryCode(String parameter, String value, Countries countries) {
    if (isAbsent(value)) {
      return null;
    }
    String code = value.trim().toUpperCase(Locale.ROOT);
    if (!countries.isKnownCode(code)) {
      throw new BadParameterException(
          parameter,
          "parameter '"
              + parameter
              + "' must be an ISO 3166-1 alpha-2 country code (e.g. EC), got '"
              + value
              + "'");
    }
    return code;
  }

  public static TechnologyCategory technology(String parameter, String value) {
    return oneOf(
        parameter,
        value,
        TechnologyCategory.values(),
        TechnologyCategory::key,
        TechnologyCategory::fromKey);
  }

  public static TransferStatus status(String parameter, String value) {
    return oneOf(
        parameter, value, TransferStatus.values(), TransferStatus::key, TransferStatus::fromKey);
  }

  public static OrganizationKind organizationKind(String parameter, String value) {
    return oneOf(
        parameter,
        value,
        OrganizationKind.values(),
        OrganizationKind::key,
        OrganizationKind::fromKey);
  }

  /** A key of a fixed vocabulary, or a 400 listing the keys that are allowed. */
  private static <T> T oneOf(
      String parameter,
      String value,
      T[] allowed,
      java.util.function.Function<T, String> key,
      java.util.function.Function<String, java.util.Optional<T>> parse) {
    if (isAbsent(value)) {
      return null;
    }
    return parse
        .apply(value.trim().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new BadParameterException(
                    parameter,
                    "parameter '"
                        + parameter
                        + "' must be one of "
                        + Arrays.stream(allowed).map(key).collect(Collectors.joining(", "))
                        + "; got '"
                        + value
                        + "'"));
  }

  public static int page(Integer value) {
    if (value == null) {
      return 1;
    }
    if (value < 1) {
      throw new BadParameterException("page", "parameter 'page' counts from 1, got " + value);
    }
    return value;
  }

  public static int size(Integer value) {
    if (value == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (value < 1 || value > MAX_PAGE_SIZE) {
      throw new BadParameterException(
          "size", "parameter 'size' must be between 1 and " + MAX_PAGE_SIZE + ", got " + value);
    }
    return value;
  }

  public static Integer year(String parameter, Integer value) {
    if (value != null && (value < 1000 || value > 9999)) {
      throw new BadParameterException(
          parameter, "parameter '" + parameter + "' must be a four-digit year, got " + value);
    }
    return value;
  }

  public static boolean isAbsent(String value) {
    return value == null || value.isBlank();
  }
}
