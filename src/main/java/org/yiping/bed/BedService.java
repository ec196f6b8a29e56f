package org.yiping.bed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yiping.adaptation.AdaptationService;
import org.yiping.adaptation.Eligibility;
import org.yiping.assessment.history.ExternalResultKind;
import org.yiping.assessment.history.ResultHistoryService;
import org.yiping.assessment.history.ResultRow;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import static org.yiping.core.Texts.blankToNull;
import org.yiping.elder.ElderFile;
import org.yiping.elder.ElderService;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.store.Work;
import org.yiping.sync.Outbox;

/**
 * Family elder-care beds (家庭养老床位): set up for an economically hard-up elder with a disability level from a valid
 * assessment, with its provider, agreement, devices and bed code (一床一码); then the service log (home services,
 * monthly checks, device alerts, referrals to the other three beds) until the bed is closed (撤床) with a reason.
 */
public final class BedService {
  static final int MAX_AGREEMENT_YEARS = 3;
  static final int MAX_MINUTES = 720;
  private static final TypeReference<List<Device>> DEVICES = new TypeReference<>() {};
  private static final Set<String> DISABILITY_STANDARDS = Set.of("gbt42195-2022", "ltc-2021",
      ExternalResultKind.CAPABILITY_LEVEL.name(), ExternalResultKind.LTC_GRADE.name());

  private final Transactions tx;
  private final Session session;
  private final ElderService elders;
  private final ResultHistoryService results;
  private final AdaptationService adaptation;
  private final ObjectMapper json;
  private final Clock clock;

  public BedService(Transactions tx, Session session, ElderService elders, ResultHistoryService results,
      AdaptationService adaptation, ObjectMapper json, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.elders = elders;
    this.results = results;
    this.adaptation = adaptation;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Economic hardship (特困, 低保, 低保边缘, 经济困难) and a disability level of 1 or worse on a result that still holds
   * (our GB/T 42195 or LTC assessment, or another office's level or LTC grade). Reasons are codes the screen words.
   */
  public Eligibility eligibility(UUID elderId) {
    ElderFile file = elders.get(elderId);
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (file.economicStatus() != null && file.economicStatus().hardship()) {
      found.add("economic:" + file.economicStatus().name());
    } else {
      missing.add("missing:economic");
    }
    results.history(elderId, LocalDate.now(clock)).stream()
        .filter(r -> r.state() == ResultRow.State.CURRENT || r.state() == ResultRow.State.IN_REVIEW)
        .filter(r -> DISABILITY_STANDARDS.contains(r.standard()) && r.level() != null && r.level() >= 1)
        .findFirst().ifPresentOrElse(r -> found.add("level:" + r.standard() + ":" + r.level()),
            () -> missing.add("missing:disability"));
    return new Eligibility(missing.isEmpty(), missing.isEmpty() ? found : missing);
  }

  /** 建床: refused, saying what is missing, unless eligible or overridden with a reason; one open bed per elder. */
  public BedRecord open(UUID elderId, BedSetup setup) {
    session.require(Permission.EDIT_ELDERS);
    Eligibility e = eligibility(elderId);
    boolean eligible = e.eligible();
    String override = blankToNull(setup.overrideReason());
    if (!eligible && override == null) {
      throw new UserFacingException("bed.problem.notEligible", String.join(";", e.reasons()));
    }
    BedSetup clean = check(setup, override);
    if (clean.adaptationCaseId() != null && !adaptation.get(clean.adaptationCaseId()).elderId().equals(elderId)) {
      throw new UserFacingException("bed.problem.adaptationOfOther");
    }
    ElderFile file = elders.get(elderId);
    String devicesJson = write(clean.devices());
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    return tx.write(w -> {
      BedRepository repo = new BedRepository(w);
      if (repo.openBedOf(elderId).isPresent()) {
        throw new UserFacingException("bed.problem.openBed");
      }
      UUID id = Ids.newId();
      FamilyBed b = new FamilyBed(id, elderId, file.townshipCode(), bedCode(file.townshipCode(), id), clean,
          devicesJson, eligible, String.join(";", e.reasons()), today);
      b.touch(now, session.username(), session.deviceId());
      repo.add(b);
      new Outbox(w).recordCreated(FamilyBed.RECORD_TYPE, b, now);
      new AuditLog(w).append(now, session.username(), AuditAction.BED_OPENED, FamilyBed.RECORD_TYPE, id.toString(),
          eligible ? "eligible" : "override");
      return b.toRecord(clean.devices());
    });
  }

  /**
   * The bed code (一床一码) printed on the QR label: the township's 9-digit code and 8 characters of the bed's own id,
   * unique without a counter that two offline laptops could both hand out.
   */
  static String bedCode(String townshipCode, UUID id) {
    String place = townshipCode == null ? "000000000" : townshipCode.substring(0, 9);
    String own = id.toString().replace("-", "").substring(24).toUpperCase(Locale.ROOT);
    return "JC-" + place + "-" + own;
  }

  /** A home service visit: the day, the staff member, what was done, for how long. */
  public BedEventRecord logService(UUID bedId, LocalDate on, String staff, Set<ServiceKind> services, int minutes,
      String note) {
    if (services == null || services.isEmpty()) {
      throw new UserFacingException("bed.problem.noService");
    }
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw new UserFacingException("bed.problem.minutes", 1, MAX_MINUTES);
    }
    String list = services.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    return log(bedId, EventKind.SERVICE, on, requireText(staff, "bed.problem.staff", 100), list, minutes, null,
        null, null, note);
  }

  /** The monthly check of the bed and its devices. */
  public BedEventRecord logCheck(UUID bedId, LocalDate on, String staff, String note) {
    return log(bedId, EventKind.CHECK, on, requireText(staff, "bed.problem.staff", 100), null, null, null, null,
        null, note);
  }

  /** A device alert entered by hand (the devices' own platforms are not connected). */
  public BedEventRecord logAlert(UUID bedId, LocalDate on, String deviceSerial, String note) {
    return log(bedId, EventKind.ALERT, on, null, null, null, requireText(deviceSerial, "bed.problem.serial", 64),
        null, null, requireText(note, "bed.problem.alertNote", 500));
  }

  /** 四床联动: refers the elder to a home hospital bed, an institution bed or a hospital bed. */
  public BedEventRecord refer(UUID bedId, LocalDate on, BedKind to, String note) {
    if (to == null) {
      throw new UserFacingException("bed.problem.referralTo");
    }
    return log(bedId, EventKind.REFERRAL, on, null, null, null, null, to, ReferralStatus.REQUESTED, note);
  }

  /** Moves a referral on (accepted, completed, cancelled). */
  public BedEventRecord updateReferral(UUID eventId, ReferralStatus status, String note) {
    session.require(Permission.EDIT_ELDERS);
    Instant now = clock.instant();
    return tx.write(w -> {
      BedRepository repo = new BedRepository(w);
      BedEvent e = repo.event(eventId).filter(x -> x.kind() == EventKind.REFERRAL)
          .orElseThrow(() -> new UserFacingException("bed.problem.notFound"));
      if (e.referralStatus() == ReferralStatus.COMPLETED || e.referralStatus() == ReferralStatus.CANCELLED) {
        throw new UserFacingException("bed.problem.referralClosed");
      }
      e.referral(status, blankToNull(note));
      e.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(BedEvent.RECORD_TYPE, e, now);
      new AuditLog(w).append(now, session.username(), AuditAction.BED_LOGGED, FamilyBed.RECORD_TYPE,
          e.bedId().toString(), "referral " + status);
      return e.toRecord();
    });
  }

  /** 撤床: closes the bed with a reason; its log stays. */
  public BedRecord close(UUID bedId, LocalDate on, CloseReason reason, String note) {
    session.require(Permission.EDIT_ELDERS);
    if (reason == null) {
      throw new UserFacingException("bed.problem.closeReason");
    }
    String why = blankToNull(note);
    if (reason == CloseReason.OTHER && why == null) {
      throw new UserFacingException("bed.problem.closeNote");
    }
    Instant now = clock.instant();
    return tx.write(w -> {
      FamilyBed b = openBed(w, bedId);
      checkDay(b, on);
      b.close(on, reason, why);
      b.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(FamilyBed.RECORD_TYPE, b, now);
      new AuditLog(w).append(now, session.username(), AuditAction.BED_CLOSED, FamilyBed.RECORD_TYPE,
          bedId.toString(), reason.name());
      return b.toRecord(read(b.devicesJson()));
    });
  }

  public BedRecord get(UUID bedId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> {
      FamilyBed b = new BedRepository(w).byId(bedId).orElseThrow(() -> new UserFacingException("bed.problem.notFound"));
      return b.toRecord(read(b.devicesJson()));
    });
  }

  /** The bed's log, oldest first. */
  public List<BedEventRecord> events(UUID bedId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new BedRepository(w).events(bedId).stream().map(BedEvent::toRecord).toList());
  }

  /** Beds of a township (null: all), open ones only or all. */
  public List<BedRecord> beds(String townshipCode, boolean openOnly) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new BedRepository(w).beds(townshipCode, openOnly).stream()
        .map(b -> b.toRecord(read(b.devicesJson()))).toList());
  }

  /** Open beds of a township (null: all). */
  public long openCount(String townshipCode) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new BedRepository(w).openCount(townshipCode));
  }

  /** Home service visits delivered by the beds of a township (null: all) in a month. */
  public long servicesIn(String townshipCode, java.time.YearMonth month) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new BedRepository(w).servicesBetween(townshipCode, month.atDay(1), month.atEndOfMonth()));
  }

  private BedEventRecord log(UUID bedId, EventKind kind, LocalDate on, String staff, String services,
      Integer minutes, String serial, BedKind to, ReferralStatus status, String note) {
    session.require(Permission.EDIT_ELDERS);
    String cleanNote = blankToNull(note);
    if (cleanNote != null && cleanNote.length() > 500) {
      throw new UserFacingException("bed.problem.tooLong", 500);
    }
    Instant now = clock.instant();
    return tx.write(w -> {
      FamilyBed b = openBed(w, bedId);
      checkDay(b, on);
      BedEvent e = new BedEvent(Ids.newId(), bedId, kind, on, staff, services, minutes, serial, to, status,
          cleanNote);
      e.touch(now, session.username(), session.deviceId());
      new BedRepository(w).add(e);
      new Outbox(w).recordCreated(BedEvent.RECORD_TYPE, e, now);
      new AuditLog(w).append(now, session.username(), AuditAction.BED_LOGGED, FamilyBed.RECORD_TYPE,
          bedId.toString(), kind.name());
      return e.toRecord();
    });
  }

  private FamilyBed openBed(Work w, UUID bedId) {
    FamilyBed b = new BedRepository(w).byId(bedId).orElseThrow(() -> new UserFacingException("bed.problem.notFound"));
    if (b.closedOn() != null) {
      throw new UserFacingException("bed.problem.closed");
    }
    return b;
  }

  private void checkDay(FamilyBed b, LocalDate on) {
    if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(b.openedOn())) {
      throw new UserFacingException("bed.problem.day", b.openedOn());
    }
  }

  private BedSetup check(BedSetup s, String override) {
    String provider = requireText(s.provider(), "bed.problem.provider", 200);
    LocalDate from = s.agreementFrom();
    LocalDate to = s.agreementTo();
    if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(MAX_AGREEMENT_YEARS))) {
      throw new UserFacingException("bed.problem.agreement", MAX_AGREEMENT_YEARS);
    }
    Set<String> serials = new HashSet<>();
    List<Device> devices = new ArrayList<>();
    for (Device d : s.devices()) {
      if (d == null || d.type() == null) {
        throw new UserFacingException("bed.problem.deviceType");
      }
      String serial = requireText(d.serial(), "bed.problem.serial", 64);
      if (!serials.add(serial)) {
        throw new UserFacingException("bed.problem.duplicateSerial", serial);
      }
      devices.add(new Device(d.type(), serial));
    }
    if (override != null && override.length() > 500) {
      throw new UserFacingException("bed.problem.tooLong", 500);
    }
    return new BedSetup(provider, from, to, s.adaptationCaseId(), devices, override);
  }

  private static String requireText(String text, String key, int max) {
    String t = blankToNull(text);
    if (t == null) {
      throw new UserFacingException(key);
    }
    if (t.length() > max) {
      throw new UserFacingException("bed.problem.tooLong", max);
    }
    return t;
  }

  private String write(List<Device> devices) {
    try {
      return json.writeValueAsString(devices);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Device> read(String devicesJson) {
    try {
      return json.readValue(devicesJson, DEVICES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bed devices unreadable", e);
    }
  }
}
