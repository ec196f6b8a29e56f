package org.yiping.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yiping.audit.AuditAction;
import org.yiping.audit.ChainCheck;
import org.yiping.core.Sex;
import org.yiping.core.idcard.InvalidIdNumberException;
import org.yiping.core.validation.PhoneNumber;
import org.yiping.elder.ContactRelation;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.Education;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.IncomeSource;
import org.yiping.elder.LivingArrangement;
import org.yiping.elder.MaritalStatus;
import org.yiping.elder.MedicalPayment;
import org.yiping.security.Role;

/** Every key the code uses exists in Chinese and in English, both bundles have the same keys, and all parse. */
class MessagesConsistencyTest {
  /** A string literal passed where a message key goes: get("…"), new …Exception("…"), FieldProblem(field, "…"). */
  private static final Pattern KEY_USE = Pattern.compile(
      "(?:\\.get\\(|Exception\\((?:\\w+, )?|FieldProblem\\(\"\\w+\", )\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

  static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static Set<String> keysUsedInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_USE.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  static List<String> dynamicKeys() {
    List<String> keys = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(Sex.class, EconomicStatus.class, HardshipFlag.class,
        LivingArrangement.class, MaritalStatus.class, Education.class, MedicalPayment.class, IncomeSource.class,
        ContactRelation.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        keys.add("enum." + type.getSimpleName() + "." + e.name());
      }
    }
    for (AuditAction a : AuditAction.values()) {
      keys.add("audit.action." + a.name());
    }
    for (ChainCheck.Problem p : ChainCheck.Problem.values()) {
      keys.add("audit.problem." + p.name());
    }
    for (Role r : Role.values()) {
      keys.add("role." + r.name());
    }
    for (InvalidIdNumberException.Problem p : InvalidIdNumberException.Problem.values()) {
      keys.add(p.messageKey());
    }
    for (PhoneNumber.Problem p : PhoneNumber.Problem.values()) {
      keys.add(p.messageKey());
    }
    for (String field : List.of("name", "idNumber", "phone", "contacts", "division", "notes")) {
      keys.add("elder.fieldName." + field);
    }
    return keys;
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Set<String> zh = new TreeSet<>(load("/i18n/messages.properties").stringPropertyNames());
    Set<String> en = new TreeSet<>(load("/i18n/messages_en.properties").stringPropertyNames());
    assertThat(en).containsExactlyElementsOf(zh);
  }

  @Test
  void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
    Set<String> used = keysUsedInCode();
    used.addAll(dynamicKeys());
    assertThat(used).hasSizeGreaterThan(150);
    Set<String> zh = load("/i18n/messages.properties").stringPropertyNames();
    Set<String> en = load("/i18n/messages_en.properties").stringPropertyNames();
    assertThat(zh).containsAll(used);
    assertThat(en).containsAll(used);
  }

  @Test
  void everyTextIsAValidPatternAndChineseTextIsChinese() throws IOException {
    Properties zh = load("/i18n/messages.properties");
    for (String key : zh.stringPropertyNames()) {
      new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE); // throws on a broken pattern
      assertThat(zh.getProperty(key)).as(key).isNotBlank();
    }
    Properties en = load("/i18n/messages_en.properties");
    for (String key : en.stringPropertyNames()) {
      new MessageFormat(en.getProperty(key), Locale.ENGLISH);
    }
    assertThat(zh.getProperty("nav.elders")).isEqualTo("老人档案");
  }

  @Test
  void chineseIsShownEvenOnAnEnglishMachine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(Messages.chinese().get("nav.elders")).isEqualTo("老人档案");
      assertThat(new Messages(Locale.ENGLISH).get("nav.elders")).isEqualTo("Elders");
      assertThat(Messages.chinese().get("elders.page.label", 1, 3, 120)).isEqualTo("第 1 / 3 页，共 120 人");
    } finally {
      Locale.setDefault(before);
    }
  }
}
