package org.yiping.app;

import java.util.List;
import org.yiping.assessment.visit.Assessment;
import org.yiping.audit.AuditEntry;
import org.yiping.audit.AuditHead;
import org.yiping.elder.Elder;
import org.yiping.security.AppUser;
import org.yiping.store.Setting;
import org.yiping.sync.OutboxEntry;

/** Every JPA entity of the local store, in one place: the composition root hands this list to the store. */
public final class Entities {
  public static final List<Class<?>> ALL = List.of(Setting.class, AppUser.class, AuditEntry.class, AuditHead.class,
      OutboxEntry.class, Elder.class, Assessment.class,
      org.yiping.assessment.visit.AssessmentPhoto.class, org.yiping.assessment.visit.AssessmentSignature.class,
      org.yiping.assessment.history.ExternalResult.class, org.yiping.assessment.plan.PlannedVisit.class,
      org.yiping.adaptation.AdaptationCase.class, org.yiping.adaptation.AdaptationStep.class,
      org.yiping.adaptation.AdaptationPhoto.class, org.yiping.adaptation.AdaptationSignature.class,
      org.yiping.bed.FamilyBed.class, org.yiping.bed.BedEvent.class, org.yiping.carevisit.CareVisit.class,
      org.yiping.carevisit.CareAssignment.class);

  private Entities() {}
}
