package org.sightline.app.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sightline.rate-limit.*}: how many API requests a client may make per {@code period}
 * ({@code anonymous} per client, {@code authenticated} per user), and how many failed sign-ins a
 * client may make per {@code login-period} before it is answered 429. {@code enabled=false} turns
 * all of it off (e.g. behind a proxy that limits already).
 */
@ConfigurationProperties("sightline.rate-limit")
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1m") Duration period,
    @DefaultValue("300") long anonymous,
    @DefaultValue("1200") long authenticated,
    @DefaultValue("15m") Duration loginPeriod,
    @DefaultValue("20") long loginFailures) {

  public RateLimitProperties {
    if (period.isNegative()
        || period.isZero()
        || loginPeriod.isNegative()
        || loginPeriod.isZero()) {
      throw new IllegalArgumentException("sightline.rate-limit periods must be positive");
    }
    if (anonymous < 1 || authenticated < 1 || loginFailures < 1) {
      throw new IllegalArgumentException("sightline.rate-limit budgets must be at least 1");
    }
  }
}
