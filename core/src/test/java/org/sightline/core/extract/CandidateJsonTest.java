package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Financing;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

class CandidateJsonTest {
  @Test
  void oneLineInTheShapeOfExtractionMd() {
    Candidate c =
        new Candidate(
            List.of("CloudWalk"),
            "CN",
            "ZW",
            null,
            List.of(TechnologyCategory.FACIAL_RECOGNITION),
            2018,
            3,
            null,
            new Financing("China Exim Bank", new BigDecimal("240000000"), "USD"),
            TransferStatus.AGREED,
            0.87,
            List.of(new Evidence("In March 2018 …", 10, 25)),
            false,
            new double[0]);
    assertThat(CandidateJson.toJsonLine("d1", c))
        .isEqualTo(
            "{\"doc_id\":\"d1\",\"supplier_orgs\":[\"CloudWalk\"],\"supplier_country\":\"CN\","
                + "\"recipient_country\":\"ZW\",\"end_user\":null,"
                + "\"technologies\":[\"facial_recognition\"],\"year\":2018,\"month\":3,"
                + "\"value\":null,\"financing\":{\"lender\":\"China Exim Bank\","
                + "\"amount\":240000000,\"currency\":\"USD\"},\"status\":\"agreed\","
                + "\"confidence\":0.87,\"evidence\":[{\"text\":\"In March 2018 …\",\"start\":10,"
                + "\"end\":25}],\"new_organization\":false}");
  }
}
