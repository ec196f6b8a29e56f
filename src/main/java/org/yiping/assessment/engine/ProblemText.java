package org.yiping.assessment.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.yiping.assessment.form.Values;

/**
 * The one place where problems become text: one line, Chinese then English in parentheses, naming the item and what
 * is allowed. Never contains other answers.
 */
public final class ProblemText {
  private ProblemText() {}

  public static String render(Problem p) {
    String allowed = list(p.allowed());
    String v = Values.display(p.value());
    return switch (p.kind()) {
      case UNKNOWN_ITEM -> p.item() + " 不是本评估表的项目，允许的项目：" + allowed
          + " (" + p.item() + ": unknown item; allowed items " + allowed + ")";
      case WRONG_TYPE -> p.item() + " 的值 " + v + " 类型错误，应为" + p.expected().chinese() + "，允许 " + allowed
          + " (" + p.item() + ": value " + v + " has the wrong type, expected " + p.expected().english()
          + "; allowed " + allowed + ")";
      case NOT_AN_OPTION -> p.item() + " 的值 " + v + " 不在选项中，允许 " + allowed
          + " (" + p.item() + ": value " + v + " is not an option; allowed " + allowed + ")";
      case MISSING_REQUIRED -> p.item() + " 未作答（必答），允许 " + allowed
          + " (" + p.item() + ": required answer missing; allowed " + allowed + ")";
    };
  }

  /** The first problem, plus how many more there are. */
  public static String renderFirst(List<Problem> problems) {
    String line = render(problems.get(0));
    int more = problems.size() - 1;
    return more == 0 ? line : line + " [另有 " + more + " 个问题 / " + more + " more]";
  }

  public static String unknownForm(String id, String version, List<String> available) {
    String which = version == null ? id : id + "@" + version;
    String all = String.join(",", available);
    return "未知的评估表 " + which + "，可用 " + all + " (unknown form " + which + "; available " + all + ")";
  }

  public static String malformedInput(String detail) {
    return "输入不是有效的答案文件：" + detail + " (invalid answers file: " + detail + ")";
  }

  private static String list(List<Object> values) {
    return values.stream().map(Values::display).collect(Collectors.joining(","));
  }
}
