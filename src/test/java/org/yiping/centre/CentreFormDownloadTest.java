package org.yiping.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yiping.app.cli.YipingCommand;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormLoader;
import org.yiping.sync.SyncFixture;
import org.yiping.sync.protocol.Bodies;

/**
 * A form version published at the centre (from a folder, by the command line) can be downloaded by any signed-in
 * laptop, whatever its region, byte for byte with its content hash; a published version never changes.
 */
class CentreFormDownloadTest {
  private static final String FORM = "gbt42195-2022";
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aNewFormVersionPublishedFromAFolderIsDownloadedByAnySignedInLaptop(SyncFixture.Backend backend)
      throws Exception {
    try (SyncFixture f = SyncFixture.on(backend, dir)) {
      Path forms = Files.createDirectories(dir.resolve("forms"));
      ObjectMapper json = new ObjectMapper();
      ObjectNode form;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("assessment-forms/" + FORM + ".json")) {
        form = (ObjectNode) json.readTree(in);
      }
      form.put("version", "1.0.1");
      ((ObjectNode) form.get("sections").get(0).get("items").get(0)).put("label", "跌倒（近 90 天）");
      Files.writeString(forms.resolve(FORM + "-1.0.1.json"), json.writerWithDefaultPrettyPrinter()
          .writeValueAsString(form));
      FormDefinition loaded = FormLoader.loadFormFile(forms.resolve(FORM + "-1.0.1.json"));

      List<String> cli = new ArrayList<>(List.of("centre", "forms", "publish", "--data-dir",
          dir.resolve("centre").toString(), "--dir", forms.toString()));
      cli.addAll(f.centre.store().postgres() ? List.of("--jdbc-url", jdbcUrl(f), "--db-user", "yiping") : List.of());
      Run published = run(cli);
      assertThat(published.exit()).as(published.err()).isZero();
      assertThat(published.out()).contains(FORM + "@1.0.1");

      CentreTestClient li = new CentreTestClient(f.centre);
      String device = li.enrol(f.centre.admin().newEnrolmentCode("test", SyncFixture.TIANSHAN, Duration.ofHours(1)),
          "device-li");
      li.login("device-li", device, "li", SyncFixture.CENTRE_PASSWORD);
      CentreTestClient.Answer got = li.get("/v1/forms/" + FORM + "/1.0.1");
      assertThat(got.status()).isEqualTo(200);
      assertThat(got.header("Content-Type")).startsWith("application/json");
      assertThat(got.header("X-Yiping-Content-Hash")).isEqualTo(loaded.contentHash())
          .isEqualTo("sha256:" + Bodies.sha256(got.body()));
      JsonNode downloaded = json.readTree(got.body());
      assertThat(downloaded.get("version").asText()).isEqualTo("1.0.1");
      assertThat(downloaded.get("sections").get(0).get("items").get(0).get("label").asText())
          .isEqualTo("跌倒（近 90 天）");
      // What a laptop downloads is a form it can load, with the same hash.
      assertThat(FormLoader.parseForm("centre", got.body()).contentHash()).isEqualTo(loaded.contentHash());
      // The bundled version is still there, unchanged.
      assertThat(li.get("/v1/forms/" + FORM + "/1.0.0").header("X-Yiping-Content-Hash"))
          .isNotEqualTo(loaded.contentHash());

      // Forms are not regional: a device of another county reads the same bytes.
      CentreTestClient zhao = new CentreTestClient(f.centre);
      String other = zhao.enrol(f.centre.admin().newEnrolmentCode("test", SyncFixture.SAYBAGH, Duration.ofHours(1)),
          "device-zhao");
      zhao.login("device-zhao", other, "zhao", SyncFixture.CENTRE_PASSWORD);
      assertThat(zhao.get("/v1/forms/" + FORM + "/1.0.1").body()).isEqualTo(got.body());

      // No session, no form; an unknown version is not found.
      CentreTestClient anonymous = new CentreTestClient(f.centre);
      CentreTestClient.Answer refused = anonymous.get("/v1/forms/" + FORM + "/1.0.1");
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.error()).isEqualTo("sync.centre.sessionExpired");
      assertThat(li.get("/v1/forms/" + FORM + "/9.9.9").status()).isEqualTo(404);
      assertThat(li.get("/v1/forms/" + FORM + "/9.9.9").error()).isEqualTo("sync.centre.notFound");

      // A published version never changes: other content under 1.0.1 is refused, in Chinese, by the command line too.
      ((ObjectNode) form.get("sections").get(0).get("items").get(0)).put("label", "跌倒（近 30 天）");
      Path corrected = Files.createDirectories(dir.resolve("corrected"));
      Files.writeString(corrected.resolve(FORM + "-1.0.1.json"), json.writeValueAsString(form));
      FormDefinition changed = FormLoader.loadFormFile(corrected.resolve(FORM + "-1.0.1.json"));
      assertThatThrownBy(() -> f.centre.admin().publishForm("test", changed))
          .isInstanceOfSatisfying(CentreProblem.class, p -> {
            assertThat(p.code()).isEqualTo("centre.form.versionChanged");
            assertThat(p.getMessage()).contains(FORM).contains("1.0.1").contains("新版本");
          });
      List<String> correctedCli = new ArrayList<>(cli);
      correctedCli.set(correctedCli.indexOf(forms.toString()), corrected.toString());
      Run again = run(correctedCli);
      assertThat(again.exit()).isEqualTo(YipingCommand.EXIT_BAD_INPUT);
      assertThat(again.err()).contains("已发布的版本不能修改");
      assertThat(li.get("/v1/forms/" + FORM + "/1.0.1").body()).isEqualTo(got.body());
      // A definition that does not match its hash is refused.
      assertThatThrownBy(() -> f.centre.admin().publishForm("test", FORM, "1.0.2", loaded.contentHash(),
          "{}".getBytes())).isInstanceOfSatisfying(CentreProblem.class,
              p -> assertThat(p.code()).isEqualTo("centre.form.hashMismatch"));

      // A version published before the centre kept definitions is listed but not downloadable, until published
      // again with the same content.
      f.centre.store().tx(c -> CentreStore.update(c, "UPDATE centre_form SET definition = NULL WHERE form_id = ? "
          + "AND version = ?", FORM, "1.0.1"));
      assertThat(li.get("/v1/forms/" + FORM + "/1.0.1").status()).isEqualTo(404);
      f.centre.admin().publishForm("test", loaded);
      assertThat(li.get("/v1/forms/" + FORM + "/1.0.1").body()).isEqualTo(got.body());
    }
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = YipingCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  private static String jdbcUrl(SyncFixture f) {
    return f.centre.store().tx(c -> c.getMetaData().getURL());
  }
}
