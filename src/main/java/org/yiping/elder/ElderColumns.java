package org.yiping.elder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yiping.core.Sex;

/**
 * An elder's stored columns (as sync carries them) in words a person reads: code lists by their Chinese labels,
 * contacts as names and phones. For screens that show raw records side by side, such as merging two files.
 */
public final class ElderColumns {
  private static final Map<String, Function<String, String>> CODES = Map.of(
      "sex", v -> label(Sex.class, v, Sex::chinese),
      "marital_status", v -> label(MaritalStatus.class, v, MaritalStatus::chinese),
      "education", v -> label(Education.class, v, Education::chinese),
      "economic_status", v -> label(EconomicStatus.class, v, EconomicStatus::chinese),
      "living_arrangements", v -> labels(LivingArrangement.class, v, LivingArrangement::chinese),
      "medical_payments", v -> labels(MedicalPayment.class, v, MedicalPayment::chinese),
      "income_sources", v -> labels(IncomeSource.class, v, IncomeSource::chinese),
      "hardship_flags", v -> labels(HardshipFlag.class, v, HardshipFlag::chinese));

  private ElderColumns() {}

  /** The value in words, or the value itself when the column holds plain text (name, phone, notes…). */
  public static String words(String column, JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (column.equals("contacts")) {
      return contacts(value);
    }
    String text = value.isTextual() ? value.asText() : value.toString();
    Function<String, String> code = CODES.get(column);
    return code == null ? text : code.apply(text);
  }

  private static <E extends Enum<E>> String label(Class<E> type, String name, Function<E, String> chinese) {
    try {
      return chinese.apply(Enum.valueOf(type, name.strip()));
    } catch (IllegalArgumentException e) {
      return name; // a code this version does not know: shown as it came
    }
  }

  private static <E extends Enum<E>> String labels(Class<E> type, String names, Function<E, String> chinese) {
    if (names.isBlank()) {
      return "";
    }
    return String.join("、", Arrays.stream(names.split(",")).map(n -> label(type, n, chinese)).toList());
  }

  private static String contacts(JsonNode value) {
    JsonNode list = value;
    if (value.isTextual()) {
      try {
        list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(value.asText());
      } catch (java.io.IOException e) {
        return value.asText();
      }
    }
    if (!list.isArray()) {
      return list.toString();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode c : list) {
      String relation = c.path("relation").asText("");
      String rel = relation.isEmpty() ? "" : "（" + label(ContactRelation.class, relation, ContactRelation::chinese)
          + "）";
      out.add(c.path("name").asText("") + rel + " " + c.path("phone").asText(""));
    }
    return String.join("；", out).strip();
  }
}
