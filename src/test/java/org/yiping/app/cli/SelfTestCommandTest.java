package org.yiping.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The check the installed package runs ({@code yiping --self-test}), here on the class path of the build. */
class SelfTestCommandTest {

  @Test
  void migratesATemporaryStoreLoadsFormsAndFontAndRendersAReport() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = YipingCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("self-test");

    assertThat(err.toString()).isEmpty();
    assertThat(exit).isZero();
    JsonNode checks = new ObjectMapper().readTree(out.toString());
    assertThat(checks.path("result").asText()).isEqualTo("ok");
    assertThat(checks.path("migrationsApplied").asInt()).isGreaterThanOrEqualTo(7);
    assertThat(checks.path("hibernate").asText()).isEqualTo("ok");
    assertThat(checks.path("font").asText()).startsWith("Noto Sans SC");
    assertThat(checks.path("forms").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(checks.path("pdfPages").asInt()).isPositive();
    // Tests load JavaFX from the class path; the packaged runtime reports "module javafx.controls".
    assertThat(checks.path("javafx").asText()).isEqualTo("class path");
  }
}
