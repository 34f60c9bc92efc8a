package org.sightline.core.analyse;

import java.util.List;

/**
 * What is known about one recipient country: which technologies, from which suppliers, when (by the
 * year a transfer started; undated transfers are listed apart), financed by whom, and the ids of
 * all its published transfers.
 */
public record CountryProfile(
    String code,
    String name,
    int transfers,
    List<Tally> technologies,
    List<SupplierTally> suppliers,
    List<YearTally> timeline,
    List<String> undatedTransferIds,
    List<LenderTotal> financing,
    List<String> transferIds) {}
