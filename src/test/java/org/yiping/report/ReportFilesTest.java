package org.yiping.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file appears whole or not at all. */
class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("报告.pdf");
    ReportFiles.writeAtomically(target, out -> out.write("%PDF-1.5 whole".getBytes(StandardCharsets.US_ASCII)));
    assertThat(Files.readString(target)).isEqualTo("%PDF-1.5 whole");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailureHalfWayLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.pdf");
    Files.writeString(target, "old report");
    assertThatThrownBy(() -> ReportFiles.writeAtomically(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old report");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aRuntimeFailureAlsoCleansUp() {
    Path target = dir.resolve("new.pdf");
    assertThatThrownBy(() -> ReportFiles.writeAtomically(target, out -> {
      out.write(1);
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(dir).isEmptyDirectory();
  }
}
