package org.sightline.core.analyse;

import java.util.List;

/**
 * One recipient country in the countries list: how many published transfers, the technology keys
 * supplied, how many distinct suppliers (and their names), and the transfer ids behind it.
 */
public record CountrySummary(
    String code,
    String name,
    int transfers,
    List<String> technologies,
    int suppliers,
    List<String> supplierNames,
    List<String> transferIds) {}
