package org.sightline.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in an ISO 4217 currency, in units of that currency (120000000, not "120m"). */
public record Money(BigDecimal amount, String currency) {
  public Money {
    Objects.requireNonNull(amount, "amount");
    amount = amount.stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
  }
}
