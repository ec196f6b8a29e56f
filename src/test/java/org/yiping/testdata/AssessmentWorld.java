package org.yiping.testdata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.HardshipFlag;
import org.yiping.security.NewUser;
import org.yiping.security.Role;

/**
 * A real encrypted store with an admin, two assessors (li, valid certificate; wang, another assessor), a township
 * reviewer and one elder: the cast of the assessment service tests.
 */
public final class AssessmentWorld implements AutoCloseable {
  public static final String GBT = "gbt42195-2022";
  public static final String LTC = "ltc-2021";
  public final AppContext app;
  public final UUID elderId;

  public AssessmentWorld(Path dir) {
    this(org.yiping.ui.UiTestSupport.context(dir));
  }

  /** The same cast on a store whose services tell time by {@code clock} (a {@link MutableClock}, say). */
  public AssessmentWorld(Path dir, java.time.Clock clock) {
    this(new AppContext(dir, clock, org.yiping.core.i18n.Messages.CHINESE,
        org.yiping.security.KdfParams.FAST_FOR_TESTS));
  }

  private AssessmentWorld(AppContext context) {
    app = context;
    try (Workspace admin = app.open(app.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()))) {
      admin.accounts().create(new NewUser("li", "李评估", Role.ASSESSOR, "XJ-PG-0001", LocalDate.now().plusYears(1),
          null), "Assess2026a".toCharArray());
      admin.accounts().create(new NewUser("wang", "王评估", Role.ASSESSOR, "XJ-PG-0003",
          LocalDate.now().plusYears(1), null), "Assess2026d".toCharArray());
      admin.accounts().create(new NewUser("town", "乡镇审核", Role.REVIEWER, null, null, null),
          "Review2026c".toCharArray());
      elderId = admin.elders().create(ElderDraft.minimal("张秀兰", "65010219450312218X", "650102002002")
          .withFlags(Set.of(HardshipFlag.LIVING_ALONE))).id();
    }
  }

  public Workspace admin() {
    return signIn("admin", "Xinjiang2026");
  }

  public Workspace li() {
    return signIn("li", "Assess2026a");
  }

  public Workspace wang() {
    return signIn("wang", "Assess2026d");
  }

  public Workspace town() {
    return signIn("town", "Review2026c");
  }

  public Workspace signIn(String user, String password) {
    return app.open(app.vault().signIn(user, password.toCharArray()));
  }

  /** Gives the elder this economic status (an admin edit of the file). */
  public void economicStatus(org.yiping.elder.EconomicStatus status) {
    try (Workspace admin = admin()) {
      org.yiping.elder.ElderFile f = admin.elders().get(elderId);
      ElderDraft d = f.toDraft();
      admin.elders().update(elderId, f.rev(), new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(),
          d.phone(), d.address(), d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(),
          d.medicalPayments(), d.incomeSources(), status, d.flags(), d.contacts(), d.notes()));
    }
  }

  /** A finalized GB/T 42195 assessment of the elder by li with every item at {@code value} (capped per item). */
  public UUID finalizedGbt(int value) {
    try (Workspace li = li()) {
      UUID id = li.assessments().start(elderId, GBT, org.yiping.assessment.visit.AssessmentReason.FIRST)
          .assessment().id();
      for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
        li.assessments().answer(id, GbtItems.ITEMS.get(i), Math.min(value, GbtItems.MAXIMA.get(i)));
      }
      li.assessments().finalizeAssessment(id, null, null);
      return id;
    }
  }

  /** Answers every GB/T 42195 item with its best option. */
  public static UUID fillGbt(Workspace ws, UUID id) {
    for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
      ws.assessments().answer(id, GbtItems.ITEMS.get(i), GbtItems.MAXIMA.get(i));
    }
    return id;
  }

  @Override
  public void close() {
    app.close();
  }
}
