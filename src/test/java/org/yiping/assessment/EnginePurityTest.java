package org.yiping.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The form model and the engine are pure Java: no UI, no persistence, no console output. A source scan rather than
 * ArchUnit, which logs every imported JDK class at DEBUG without a logback-test.xml.
 */
class EnginePurityTest {
  private static final Path SOURCES = Path.of("src/main/java/org/yiping/assessment");
  private static final List<String> FORBIDDEN =
      List.of("javafx.", "org.hibernate", "jakarta.persistence", "javax.persistence", "System.out", "System.err");

  @Test
  void noJavaFxHibernateJpaOrConsoleOutput() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(SOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path f : files) {
      String text = Files.readString(f);
      for (String bad : FORBIDDEN) {
        assertThat(text).as(f + " must not use " + bad).doesNotContain(bad);
      }
    }
  }
}
