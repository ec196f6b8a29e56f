package org.yiping.elder;

import org.yiping.core.i18n.Messages;

/** One field's problem: which field, and the message key and arguments that tell the user what to fix. */
public record FieldProblem(String field, String key, Object... args) {
  public String render(Messages messages) {
    return messages.get(key, args);
  }

  /** "字段：问题", without repeating the field's name when the text already says it. */
  public String renderWithField(Messages messages) {
    String text = render(messages);
    String fieldName = messages.get("elder.fieldName." + field);
    return text.contains(fieldName) ? text : fieldName + "：" + text;
  }
}
