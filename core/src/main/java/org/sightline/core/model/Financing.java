package org.sightline.core.model;

import java.math.BigDecimal;

/**
 * A loan or credit tied to a transfer. The lender may be unknown ("a Chinese loan"), and so may the
 * amount; a financing with neither is not recorded.
 */
public record Financing(String lender, BigDecimal amount, String currency) {
  public Financing {
    if (amount != null) {
      amount = amount.stripTrailingZeros();
      if (amount.scale() < 0) {
        amount = amount.setScale(0);
      }
    }
  }
}
