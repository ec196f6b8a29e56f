package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormLoader;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.AssessmentRecord;

/**
 * A form version the centre publishes reaches the laptop with the next sync: it is installed (and still there after
 * a restart), new assessments use it, and a draft started on the old version keeps it, is finished on it and is
 * accepted by the centre (which keeps every version it published).
 */
@Timeout(120)
class FormInstallTest {
  private static final String FORM = "gbt42195-2022";
  @TempDir Path dir;

  @Test
  void aNewVersionFromTheCentreIsInstalledAndADraftKeepsItsOwn() throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"))) {
      SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
      UUID first = a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      UUID second = a.newElder("李秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      UUID draft;
      try (Workspace ws = a.user()) {
        draft = ws.assessments().start(first, FORM, AssessmentReason.FIRST).assessment().id();
      }

      // The centre publishes 1.1.0: the same form with a changed title.
      String bundled;
      try (InputStream in = FormLoader.class.getClassLoader().getResourceAsStream("assessment-forms/" + FORM
          + ".json")) {
        bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Path file = Files.createDirectories(dir.resolve("forms")).resolve(FORM + ".json");
      Files.writeString(file, bundled.replaceFirst("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")
          .replaceFirst("\"title\": \"老年人能力评估规范\"", "\"title\": \"老年人能力评估规范（2027 修订）\""));
      FormDefinition v11 = FormLoader.loadFormFile(file);
      assertThat(v11.version()).isEqualTo("1.1.0");
      f.centre.admin().publishForm("test", v11);

      SyncReport r = a.sync();
      assertThat(r.formsInstalled()).isEqualTo(1);
      try (Workspace ws = a.user()) {
        AssessmentRecord started = ws.assessments().open(draft).assessment();
        assertThat(started.formVersion()).isEqualTo("1.0.0");
        AssessmentRecord fresh = ws.assessments().start(second, FORM, AssessmentReason.FIRST).assessment();
        assertThat(fresh.formVersion()).isEqualTo("1.1.0");
        assertThat(fresh.formHash()).isEqualTo(v11.contentHash());
      }
      assertThat(a.sync().formsInstalled()).isZero(); // installed once
      assertThat(a.sync().rejected()).isZero(); // both drafts, on either version, are accepted by the centre

      // After a restart the version is there before any sync.
      Path home = a.app.dataDir();
      a.close();
      try (SyncFixture.Laptop again = SyncFixture.Laptop.existing(home, "li"); Workspace ws = again.user()) {
        assertThat(again.app.forms().find(FORM, "1.1.0")).map(FormDefinition::title)
            .contains("老年人能力评估规范（2027 修订）");
        assertThat(ws.assessments().open(draft).assessment().formVersion()).isEqualTo("1.0.0");
      }
    }
  }
}
