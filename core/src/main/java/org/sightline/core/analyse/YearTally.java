package org.sightline.core.analyse;

import java.util.List;

/** The transfers that started in one year. */
public record YearTally(int year, int transfers, List<String> transferIds) {}
