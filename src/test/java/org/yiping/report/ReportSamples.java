package org.yiping.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.core.idcard.IdNumber;
import org.yiping.report.assessment.AssessmentPart;
import org.yiping.report.assessment.AssessmentReport;
import org.yiping.report.assessment.AssessmentReportData;
import org.yiping.report.assessment.AssessorInfo;
import org.yiping.report.assessment.ElderInfo;
import org.yiping.report.assessment.ReportStatus;

/** Synthetic, realistic report data on the shipped forms: invented people, valid invented ID numbers. */
public final class ReportSamples {
  public static final String GBT = "gbt42195-2022";
  public static final String LTC = "ltc-2021";
  /** 2026-11-24 10:30 in Beijing. */
  public static final Instant PRINTED = Instant.parse("2026-11-24T02:30:00Z");
  public static final Clock CLOCK = Clock.fixed(PRINTED, ZoneOffset.UTC);
  public static final LocalDate VISIT_DAY = LocalDate.of(2026, 11, 20);
  public static final String CERTIFICATE = "XJ-PG-2024-00318";

  private ReportSamples() {}

  public static AssessmentReport report() {
    return new AssessmentReport(CLOCK);
  }

  /** A valid ID number for a birth date (sequence 123 + sex digit + check character). */
  public static String idNumber(String area, LocalDate birth, boolean male) {
    String body = area + birth.toString().replace("-", "") + "12" + (male ? "3" : "4");
    return body + IdNumber.checkChar(body);
  }

  public static ElderInfo elder(String name) {
    try {
      return ElderInfo.fromIdNumber(name, idNumber("650102", LocalDate.of(1942, 3, 12), false),
          "新疆维吾尔自治区乌鲁木齐市天山区团结路街道幸福社区 3 号楼 2 单元 501 室", VISIT_DAY)
          .withDetails(Map.of("民族", "汉族"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * GB/T 42195 answers with dimension scores 18, 8, 22, 13 and total 61 (preliminary level 2), dementia (A.4.1 F00-F03) and two falls: rules 2 and 3
   * fire together and raise one level in total, final level 3.
   */
  public static Map<String, Object> gbtAnswers() {
    Map<String, Object> a = new LinkedHashMap<>(TestForms.gbt(
        3, 2, 1, 2, 2, 3, 3, 2, // B.1 自理能力 18
        3, 2, 2, 1, // B.2 基础运动能力 8
        3, 3, 3, 3, 3, 3, 1, 1, 2, // B.3 精神状态 22
        2, 2, 3, 2, 4)); // B.4 感知觉与社会参与 13
    a.put("A.2.14.1", 2);
    a.put("A.2.14.2", 0);
    a.put("A.2.14.3", 0);
    a.put("A.2.14.4", 0);
    a.put("A.2.14.5", 0);
    a.put("A.4.1", List.of("I10-I15", "F00-F03"));
    a.put("A.5.11", false);
    return a;
  }

  public static AssessmentPart gbtPart(Map<String, Object> answers, ReportStatus status) {
    FormDefinition form = TestForms.form(GBT);
    ScoringResult r = TestForms.ENGINE.score(form, answers);
    return new AssessmentPart(UUID.fromString("01932c4e-7a10-7b2c-9d3e-0123456789ab"),
        "3fa9c01b22d47e65aa00bb11cc22dd33ee44ff5566778899aabbccddeeff0011", status, form, answers, r);
  }

  public static AssessmentPart ltcPart(Map<String, Object> answers, ReportStatus status) {
    FormDefinition form = TestForms.form(LTC);
    ScoringResult r = TestForms.ENGINE.score(form, answers);
    return new AssessmentPart(UUID.fromString("01932c4e-7a10-7b2c-9d3e-0123456789ac"),
        "9b1c00aa22d47e65aa00bb11cc22dd33ee44ff5566778899aabbccddeeff0022", status, form, answers, r);
  }

  public static AssessmentReportData.Builder gbtReport(String name) {
    return AssessmentReportData.builder(elder(name), gbtPart(gbtAnswers(), ReportStatus.APPROVED))
        .reason("首次评估")
        .assessor(new AssessorInfo("wangfang", "王芳", CERTIFICATE))
        .secondAssessor("艾力·买买提")
        .place("老人家中（幸福社区 3 号楼）")
        .visitedAt(Instant.parse("2026-11-20T03:05:00Z"))
        .finalizedAt(Instant.parse("2026-11-20T04:12:00Z"))
        .reviewed("李娟（团结路街道）", Instant.parse("2026-11-22T08:40:00Z"))
        .signature(signature("评估员", "王芳", 1))
        .signature(signature("老年人或信息提供者", "张玥（女儿）", 2));
  }

  /** A made-up handwriting-like scribble on a 600×200 pad: a few loops and a flourish. */
  public static SignatureStrokes signature(String role, String name, int seed) {
    List<double[]> strokes = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      double[] pts = new double[80];
      double cx = 120 + s * 160 + seed * 7;
      for (int i = 0; i < 40; i++) {
        double t = i / 39.0 * Math.PI * 2.5;
        pts[2 * i] = cx + 55 * Math.sin(t * (1 + 0.2 * seed)) + i * 1.5;
        pts[2 * i + 1] = 100 + 60 * Math.cos(t * 1.3 + s) * (0.6 + 0.4 * Math.sin(t + seed));
      }
      strokes.add(pts);
    }
    strokes.add(new double[] {60, 170, 250, 160, 420, 175, 560, 150});
    return new SignatureStrokes(role, name, 600, 200, strokes);
  }
}
