package org.yiping.assessment.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.yiping.assessment.form.Values;

/**
 * The one place where problems become text: one line, Chinese then English in parentheses, naming the item and what
 * is allowed. Never contains other answers. Every string that comes from the input (values, item codes, keys, form
 * ids) has its control characters escaped JSON-style, so a problem is always exactly one line.
 */
public final class ProblemText {
  /** The keys an answers file may have at its top level. */
  public static final List<String> TOP_LEVEL_KEYS = List.of("form", "formVersion", "answers", "elder");

  private ProblemText() {}

  public static String render(Problem p) {
    String allowed = list(p.allowed());
    String v = Values.display(p.value());
    String item = code(p.item());
    return switch (p.kind()) {
      case UNKNOWN_ITEM -> item + " 不是本评估表的项目，允许的项目：" + allowed
          + " (" + item + ": unknown item; allowed items " + allowed + ")";
      case WRONG_TYPE -> item + " 的值 " + v + " 类型错误，应为" + p.expected().chinese() + "，允许 " + allowed
          + " (" + item + ": value " + v + " has the wrong type, expected " + p.expected().english()
          + "; allowed " + allowed + ")";
      case NOT_AN_OPTION -> item + " 的值 " + v + " 不在选项中，允许 " + allowed
          + " (" + item + ": value " + v + " is not an option; allowed " + allowed + ")";
      case OUT_OF_RANGE -> item + " 的值 " + v + " 超出范围，允许 " + allowed
          + " (" + item + ": value " + v + " is out of range; allowed " + allowed + ")";
      case MISSING_REQUIRED -> item + " 未作答（必答），允许 " + allowed
          + " (" + item + ": required answer missing; allowed " + allowed + ")";
    };
  }

  /** The first problem, plus how many more there are. */
  public static String renderFirst(List<Problem> problems) {
    String line = render(problems.get(0));
    int more = problems.size() - 1;
    return more == 0 ? line : line + " [另有 " + more + " 个问题 / " + more + " more]";
  }

  public static String unknownForm(String id, String version, List<String> available) {
    String which = code(version == null ? id : id + "@" + version);
    String all = code(String.join(",", available));
    return "未知的评估表 " + which + "，可用 " + all + " (unknown form " + which + "; available " + all + ")";
  }

  /** The form exists but has no scoring (the home-adaptation checklist). */
  public static String notScored(String id) {
    String f = code(id);
    return "评估表 " + f + " 没有评分（是核对清单） (form " + f + " has no scoring (it is a checklist))";
  }

  /** A top-level key other than {@link #TOP_LEVEL_KEYS}, e.g. a misspelt {@code formversion}. */
  public static String unknownKey(String key) {
    String k = Values.display(key);
    String allowed = String.join(", ", TOP_LEVEL_KEYS);
    return "未知的键 " + k + "，允许的键：" + allowed + " (unknown key " + k + "; allowed keys " + allowed + ")";
  }

  /** The same item twice in {@code answers}. */
  public static String duplicateItem(String code) {
    String c = code(code);
    return "项目 " + c + " 重复作答 (duplicate item " + c + ")";
  }

  /** The same key twice outside {@code answers}. */
  public static String duplicateKey(String key) {
    String k = Values.display(key);
    return "键 " + k + " 重复 (duplicate key " + k + ")";
  }

  public static String malformedInput(String detail) {
    String d = Values.escapeControls(detail);
    return "输入不是有效的答案文件：" + d + " (invalid answers file: " + d + ")";
  }

  /** An item code or form id as given, on one line. */
  private static String code(String s) {
    return Values.escapeControls(s);
  }

  private static String list(List<Object> values) {
    return values.stream().map(Values::display).collect(Collectors.joining(","));
  }
}
