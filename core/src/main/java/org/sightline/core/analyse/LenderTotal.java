package org.sightline.core.analyse;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The financing one lender provided to a country's transfers: the sum of the stated amounts per
 * currency (amounts in different currencies are never added together), the transfers it financed,
 * and how many of them state no amount. {@code lender} is null for "a loan" whose lender the
 * sources do not name.
 */
public record LenderTotal(
    String lender,
    Map<String, BigDecimal> amountByCurrency,
    int transfers,
    int transfersWithoutAmount,
    List<String> transferIds) {
  public LenderTotal {
    // Sorted by currency code so the figure serialises the same way every time.
    amountByCurrency = Collections.unmodifiableMap(new TreeMap<>(amountByCurrency));
  }
}
