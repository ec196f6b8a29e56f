package org.yiping.app.cli;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.yiping.app.Entities;
import org.yiping.app.Json;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.report.VerificationCode;
import org.yiping.report.assessment.AssessmentPart;
import org.yiping.report.assessment.AssessmentReport;
import org.yiping.report.assessment.AssessmentReportData;
import org.yiping.report.assessment.ElderInfo;
import org.yiping.report.assessment.ReportStatus;
import org.yiping.store.Database;
import org.yiping.store.PersistenceUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code yiping self-test} (also {@code yiping --self-test}): proves the installed app can run here. Opens a temporary
 * encrypted database, runs every migration, starts Hibernate against it, loads the bundled font, the division data and
 * the assessment forms, renders a report PDF and reads it back, and loads the JavaFX classes; exit 0, or 1 naming what
 * is broken. The package test runs it on the installed launcher to catch a missing runtime module before a user does.
 */
@Command(name = "self-test", description = "check database, migrations, font, data, forms, PDF and JavaFX; exit 0 when all work")
final class SelfTestCommand implements Callable<Integer> {
  static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
  /** Characters that must be in the font: the app's name and rare name characters from real rosters. */
  static final String MUST_DISPLAY = "颐评喆堃镕玥阿依古丽";
  static final String REPORT_FORM = "gbt42195-2022";
  static final String REPORT_NAME = "阿依古丽·喆堃";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> checks = new LinkedHashMap<>();
    String failed = null;
    Path tmp = Files.createTempDirectory("yiping-self-test");
    try {
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      try (PersistenceUnit unit = PersistenceUnit.boot(Entities.ALL);
          Database db = Database.create(tmp, key, unit, Clock.systemUTC())) {
        checks.put("database", "ok");
        checks.put("schemaVersion", db.schemaVersion());
        checks.put("migrationsApplied", db.migrationsApplied());
        long users = db.count(org.yiping.security.AppUser.class);
        checks.put("hibernate", users == 0 ? "ok" : "unexpected rows");
      }
    } catch (RuntimeException e) {
      failed = "database: " + e;
    } finally {
      Database.deleteQuietly(tmp);
    }
    if (failed == null) {
      try (InputStream in = SelfTestCommand.class.getResourceAsStream(FONT)) {
        if (in == null) {
          failed = "font: " + FONT + " missing";
        } else {
          Font font = Font.createFont(Font.TRUETYPE_FONT, in);
          int missing = font.canDisplayUpTo(MUST_DISPLAY);
          if (missing >= 0) {
            failed = "font: cannot display " + MUST_DISPLAY.charAt(missing);
          } else {
            checks.put("font", font.getFontName());
          }
        }
      } catch (Exception e) {
        failed = "font: " + e;
      }
    }
    if (failed == null) {
      try {
        checks.put("divisions", DivisionCatalog.xinjiang().size());
      } catch (RuntimeException e) {
        failed = "divisions: " + e;
      }
    }
    if (failed == null) {
      try {
        FormRegistry forms = FormRegistry.loadDefault();
        checks.put("forms", forms.all().size());
        checks.put("pdfPages", renderAndReadBack(forms));
      } catch (Exception | LinkageError e) {
        failed = "forms and PDF: " + e;
      }
    }
    if (failed == null) {
      try {
        checks.put("javafx", javaFx());
      } catch (ReflectiveOperationException | LinkageError e) {
        failed = "javafx: " + e;
      }
    }
    if (failed != null) {
      spec.commandLine().getErr().println("self-test: " + failed);
      return YipingCommand.EXIT_FAILURE;
    }
    checks.put("result", "ok");
    spec.commandLine().getOut().println(Json.newMapper().writeValueAsString(checks));
    return 0;
  }

  /**
   * Renders the assessment report of an empty GB/T 42195 form for an elder with a rare-character name (font embedding,
   * QR code, page frames) and reads it back with PDFBox: the name must come out as text. Returns the page count.
   */
  private static int renderAndReadBack(FormRegistry forms) throws IOException {
    FormDefinition form = forms.latest(REPORT_FORM)
        .orElseThrow(() -> new IllegalStateException(REPORT_FORM + " is not installed"));
    ScoringResult result = new ScoringEngine().score(form, Map.of());
    String hash = "sha256:" + "0".repeat(64);
    AssessmentPart part = new AssessmentPart(VerificationCode.contentId(hash), hash, ReportStatus.UNREGISTERED, form,
        Map.of(), result);
    ElderInfo elder = new ElderInfo(REPORT_NAME, null, null, null, null, null, Map.of());
    byte[] pdf = new AssessmentReport(Clock.systemUTC()).render(AssessmentReportData.builder(elder, part).build());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      if (!text.contains(REPORT_NAME)) {
        throw new IllegalStateException("the report does not show the elder's name as text");
      }
      return doc.getNumberOfPages();
    }
  }

  /**
   * Loads (without starting the toolkit, which needs a display) the JavaFX, ControlsFX and AtlantaFX classes the
   * window uses, and says whether JavaFX runs as named modules (the packaged runtime) or from the class path.
   */
  private static String javaFx() throws ReflectiveOperationException {
    ClassLoader loader = SelfTestCommand.class.getClassLoader();
    Class<?> controls = Class.forName("javafx.scene.control.Control", false, loader);
    Class.forName("org.controlsfx.control.textfield.CustomTextField", false, loader);
    Class.forName("atlantafx.base.theme.PrimerLight", false, loader);
    Module module = controls.getModule();
    return module.isNamed() ? "module " + module.getName() : "class path";
  }
}
