package org.yiping.reporting;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yiping.app.Workspace;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.HardshipFlag;
import org.yiping.report.ReportSamples;
import org.yiping.report.SignatureStrokes;
import org.yiping.testdata.AssessmentWorld;
import org.yiping.testdata.MutableClock;

/**
 * The assessment world (admin, assessors li and wang, reviewer town, the elder 张秀兰 in 燕儿窝街道) on a clock the
 * test moves, with shortcuts for the assessments reports are made of. All people are invented.
 */
final class ReportingWorld implements AutoCloseable {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** 燕儿窝街道, where 张秀兰 lives. */
  static final String YANERWO = "650102002000";
  /** 胜利路街道 and one of its communities. */
  static final String SHENGLILU = "650102003000";
  static final String SHENGLILU_VILLAGE = "650102003002";
  static final String ZHANG_ID_NUMBER = "65010219450312218X";

  final MutableClock clock;
  final AssessmentWorld world;

  ReportingWorld(Path dir) {
    this(dir, Instant.parse("2026-11-10T02:00:00Z"));
  }

  ReportingWorld(Path dir, Instant start) {
    clock = new MutableClock(start, ZONE);
    world = new AssessmentWorld(dir, clock);
  }

  UUID elderId() {
    return world.elderId;
  }

  Workspace li() {
    return world.li();
  }

  Workspace town() {
    return world.town();
  }

  Workspace admin() {
    return world.admin();
  }

  void at(String instant) {
    clock.set(Instant.parse(instant));
  }

  /** A new elder (by the admin) in 胜利路街道; ID number from the birth date. */
  UUID elder(String name, LocalDate birth, boolean male, Set<HardshipFlag> flags) {
    try (Workspace admin = admin()) {
      return admin.elders().create(ElderDraft.minimal(name, ReportSamples.idNumber("650102", birth, male),
          SHENGLILU_VILLAGE).withFlags(flags)).id();
    }
  }

  /** A GB/T 42195 draft of li's with the 26 items adding up to {@code total}. */
  static UUID gbtDraft(Workspace li, UUID elderId, int total) {
    UUID id = li.assessments().start(elderId, AssessmentWorld.GBT, AssessmentReason.FIRST).assessment().id();
    answer(li, id, TestForms.gbtWithTotal(total));
    return id;
  }

  static void answer(Workspace ws, UUID id, Map<String, Object> answers) {
    answers.forEach((item, value) -> ws.assessments().answer(id, item, value));
  }

  /** Signs as the assessor (li herself) and as the elder. */
  static void sign(Workspace li, UUID id) {
    SignatureStrokes s = ReportSamples.signature("x", "x", 1);
    li.evidence().sign(id, SignerRole.ASSESSOR, null, s.width(), s.height(), s.strokes());
    SignatureStrokes e = ReportSamples.signature("x", "x", 3);
    li.evidence().sign(id, SignerRole.ELDER, "张秀兰", e.width(), e.height(), e.strokes());
  }

  /** A finalized (not yet reviewed) GB/T 42195 assessment of li's. */
  UUID finalized(UUID elderId, int total, boolean signed) {
    try (Workspace li = li()) {
      UUID id = gbtDraft(li, elderId, total);
      if (signed) {
        sign(li, id);
      }
      li.assessments().finalizeAssessment(id, null, "老人家中");
      return id;
    }
  }

  /** A GB/T 42195 assessment of li's, finalized and approved by town. */
  UUID approved(UUID elderId, int total, boolean signed) {
    UUID id = finalized(elderId, total, signed);
    try (Workspace town = town()) {
      town.assessments().approve(id);
    }
    return id;
  }

  /** One visit on GB/T 42195 and LTC 2021, both finalized and approved: returns {gbt, ltc}. */
  List<UUID> combinedVisit(UUID elderId) {
    UUID gbt;
    UUID ltc;
    try (Workspace li = li()) {
      var visit = li.assessments().startVisit(elderId, AssessmentReason.FIRST,
          List.of(AssessmentWorld.GBT, AssessmentWorld.LTC));
      gbt = visit.get(0).assessment().id();
      ltc = visit.get(1).assessment().id();
      answer(li, gbt, TestForms.gbtWithTotal(70));
      answer(li, ltc, TestForms.ltc(60, 12, 9));
      sign(li, gbt);
      li.assessments().finalizeAssessment(gbt, null, "老人家中");
      li.assessments().finalizeAssessment(ltc, null, "老人家中");
    }
    try (Workspace town = town()) {
      town.assessments().approve(gbt);
      town.assessments().approve(ltc);
    }
    return List.of(gbt, ltc);
  }

  @Override
  public void close() {
    world.close();
  }
}
