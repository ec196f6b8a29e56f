package org.yiping.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.elder.search.SearchQuery;
import org.yiping.security.NewUser;
import org.yiping.ui.UiTestSupport;

class ElderServiceTest {
  static final String VILLAGE = "650102002002"; // 燕儿窝南社区居委会, 燕儿窝街道, 天山区
  @TempDir Path dir;
  Workspace ws;

  @BeforeEach
  void open() {
    AppContext app = UiTestSupport.context(dir);
    ws = app.open(app.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  static ElderDraft draft(String name, String id) {
    return new ElderDraft(name, id, "维吾尔族", null, "13899887766", "幸福路1号", VILLAGE,
        Set.of(LivingArrangement.ALONE), MaritalStatus.WIDOWED, null, Set.of(), Set.of(), EconomicStatus.DIBAO,
        Set.of(HardshipFlag.LIVING_ALONE, HardshipFlag.ADVANCED_AGE),
        List.of(new Contact("买买提", ContactRelation.CHILD, "0991-1234567", true)), "左腿不便");
  }

  private LocalDate today() {
    return LocalDate.now();
  }

  @Test
  void createDerivesBirthDateSexAgeAndTownshipAndIsFoundBySearch() {
    ws.elders().index(); // loaded before the create, as the list screen does
    ElderFile f = ws.elders().create(draft("阿依古丽·买买提", "65010219450312218x"));
    assertThat(f.idNumber()).isEqualTo("65010219450312218X");
    assertThat(f.birthDate()).isEqualTo(LocalDate.of(1945, 3, 12));
    assertThat(f.sex()).isEqualTo(org.yiping.core.Sex.FEMALE);
    assertThat(f.townshipCode()).isEqualTo("650102002000");
    assertThat(f.flags()).contains(HardshipFlag.LIVING_ALONE, HardshipFlag.ADVANCED_AGE);
    assertThat(f.contacts()).singleElement().satisfies(c -> assertThat(c.guardian()).isTrue());
    assertThat(ws.elders().index().search(SearchQuery.text("aygl", today()), 0, 10).total()).isEqualTo(1);
    assertThat(ws.elders().index().search(SearchQuery.text("218X", today()), 0, 10).total()).isEqualTo(1);
    assertThat(ws.elders().index().search(SearchQuery.text("", today()), 0, 10).total()).isEqualTo(1);
    assertThat(ws.syncStatus().unsyncedCount()).isEqualTo(1);
  }

  @Test
  void aSecondFileForTheSameIdNumberIsRefusedPointingAtTheFirst() {
    ElderFile first = ws.elders().create(draft("张秀兰", "65010219450312218X"));
    assertThatThrownBy(() -> ws.elders().create(draft("张秀兰", "65010219450312218x")))
        .isInstanceOfSatisfying(DuplicateElderException.class,
            e -> assertThat(e.existingId()).isEqualTo(first.id()));
  }

  private static ElderDraft withPhoneAndNotes(ElderDraft d, String phone, String notes) {
    return new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), phone, d.address(), d.divisionCode(),
        d.livingArrangements(), d.maritalStatus(), d.education(), d.medicalPayments(), d.incomeSources(),
        d.economicStatus(), d.flags(), d.contacts(), notes);
  }

  @Test
  void anEditOnTopOfAChangeSavedMeanwhileKeepsBothOrAsksWhenTheyTouchTheSameField() {
    ElderFile loaded = ws.elders().create(draft("张秀兰", "65010219450312218X"));
    // Someone else (or a sync) saves a new phone while this editor is open.
    ElderFile theirs = ws.elders().update(loaded.id(), loaded.rev(),
        withPhoneAndNotes(loaded.toDraft(), "13900000009", loaded.notes()));

    // This editor changed only the notes: both changes stand.
    ElderFile saved = ws.elders().update(loaded.id(), loaded,
        withPhoneAndNotes(loaded.toDraft(), loaded.phone(), "右腿也不便"));
    assertThat(saved.phone()).isEqualTo("13900000009");
    assertThat(saved.notes()).isEqualTo("右腿也不便");

    // Another phone is saved meanwhile, and this editor (opened on the last version) changed the phone too:
    // nothing is saved; the newer version and the field come back, and what was typed is not lost.
    ElderFile other = ws.elders().update(saved.id(), saved.rev(),
        withPhoneAndNotes(saved.toDraft(), "13600000000", saved.notes()));
    assertThatThrownBy(() -> ws.elders().update(loaded.id(), saved,
        withPhoneAndNotes(saved.toDraft(), "13700000001", saved.notes())))
        .isInstanceOfSatisfying(ElderChangedException.class, e -> {
          assertThat(e.fields()).containsExactly("phone");
          assertThat(e.current().rev()).isEqualTo(other.rev());
          assertThat(e.current().phone()).isEqualTo("13600000000");
        });
    assertThat(ws.elders().get(loaded.id()).phone()).isEqualTo("13600000000");
    // Saving again from the newer version keeps what was typed, on purpose.
    ElderFile again = ws.elders().update(loaded.id(), other,
        withPhoneAndNotes(saved.toDraft(), "13700000001", saved.notes()));
    assertThat(again.phone()).isEqualTo("13700000001");
    assertThat(again.notes()).isEqualTo("右腿也不便");
    assertThat(theirs.rev()).isLessThan(again.rev());
  }

  @Test
  void updateChecksTheRevisionAndAuditsFieldNamesOnly() {
    ElderFile f = ws.elders().create(draft("张秀兰", "65010219450312218X"));
    ElderDraft changed = draft("张秀英", "65010219450312218X");
    ElderFile g = ws.elders().update(f.id(), f.rev(), changed);
    assertThat(g.name()).isEqualTo("张秀英");
    assertThat(g.rev()).isGreaterThan(f.rev());
    assertThatThrownBy(() -> ws.elders().update(f.id(), f.rev(), changed))
        .hasMessage("elder.problem.changedMeanwhile");
    ElderFile viewed = ws.elders().get(f.id());
    assertThat(viewed.name()).isEqualTo("张秀英");
    List<AuditRecord> log = ws.audit().page(0, 10);
    AuditRecord update = log.stream().filter(a -> a.action().equals("ELDER_UPDATED")).findFirst().orElseThrow();
    assertThat(update.detail()).isEqualTo("name");
    assertThat(log).anyMatch(a -> a.action().equals("ELDER_VIEWED") && a.targetId().equals(f.id().toString()));
    // No personal data in the audit log.
    assertThat(log).noneMatch(a -> String.valueOf(a.detail()).contains("张") || String.valueOf(a.detail())
        .contains("650102"));
    assertThat(ws.audit().verify().intact()).isTrue();
    // Saving unchanged content (高龄 ticked by the screen, as it derives it) records no changed field.
    ElderFile same = ws.elders().update(g.id(), g.rev(), g.toDraft());
    AuditRecord latestUpdate = ws.audit().page(0, 5).stream().filter(a -> a.action().equals("ELDER_UPDATED"))
        .findFirst().orElseThrow();
    assertThat(latestUpdate.detail()).isNullOrEmpty();
    assertThat(same.rev()).isGreaterThanOrEqualTo(g.rev());
  }

  @Test
  void changingTheIdleLockIsForAdminsAndAudited() {
    ws.setIdleLockMinutes(15);
    assertThat(ws.idleLockTimeout(java.time.Duration.ofMinutes(10))).isEqualTo(java.time.Duration.ofMinutes(15));
    assertThat(ws.audit().page(0, 2)).extracting(AuditRecord::action).contains("SETTINGS_CHANGED");
    assertThatThrownBy(() -> ws.setIdleLockMinutes(0)).hasMessage("settings.problem.idleMinutes");
  }

  @Test
  void invalidDraftsListEveryProblem() {
    ElderDraft bad = new ElderDraft("", "110105194912310021", null, null, "12345", null, "650102000000", null,
        null, null, null, null, null, null, List.of(), null);
    assertThatThrownBy(() -> ws.elders().create(bad)).isInstanceOfSatisfying(ElderValidationException.class,
        e -> assertThat(e.problems()).extracting(FieldProblem::field)
            .containsExactly("name", "idNumber", "phone", "division"));
  }

  @Test
  void theDatabaseFileHoldsNoPlainIdNumber() throws Exception {
    ws.elders().create(draft("张秀兰", "65010219450312218X"));
    ws.close();
    byte[] bytes = Files.readAllBytes(dir.resolve("yiping.mv.db"));
    String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(ascii).doesNotContain("65010219450312218").doesNotContain("13899887766");
    AppContext app = UiTestSupport.context(dir);
    ws = app.open(app.vault().signIn("admin", "Xinjiang2026".toCharArray()));
    assertThat(ws.elders().count()).isEqualTo(1);
  }
}
