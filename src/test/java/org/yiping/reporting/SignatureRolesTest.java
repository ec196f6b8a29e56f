package org.yiping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.report.ReportText;

/** Which printed box each signer role signs in. */
class SignatureRolesTest {
  @Test
  void theGuardianSignsAsInformantUnlessTheElderSignedToo() {
    assertThat(AssessmentReports.roleLabel(SignerRole.ASSESSOR, false)).isEqualTo(ReportText.ASSESSOR);
    assertThat(AssessmentReports.roleLabel(SignerRole.SECOND_ASSESSOR, true)).isEqualTo(ReportText.SECOND_ASSESSOR);
    assertThat(AssessmentReports.roleLabel(SignerRole.ELDER, true)).isEqualTo("老年人或信息提供者");
    assertThat(AssessmentReports.roleLabel(SignerRole.GUARDIAN, false)).isEqualTo("老年人或信息提供者");
    assertThat(AssessmentReports.roleLabel(SignerRole.GUARDIAN, true)).isEqualTo("监护人");
  }
}
