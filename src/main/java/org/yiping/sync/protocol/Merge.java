package org.yiping.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Three-way merge of a record, field by field, against the version both sides started from. A field changed on one
 * side only takes that side's value; a field changed on both sides to different values is a conflict, and nothing
 * is decided for it: never last-write-wins.
 */
public final class Merge {
  private Merge() {}

  /** The merged body (stamps from {@code mine}) and the fields in conflict (empty when the merge is clean). */
  public record Result(ObjectNode merged, List<String> conflicts) {
    public boolean clean() {
      return conflicts.isEmpty();
    }
  }

  public static Result threeWay(ObjectNode base, ObjectNode theirs, ObjectNode mine) {
    ObjectNode merged = theirs.deepCopy();
    List<String> conflicts = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    theirs.fieldNames().forEachRemaining(names::add);
    mine.fieldNames().forEachRemaining(names::add);
    for (String f : names) {
      JsonNode m = value(mine, f);
      JsonNode t = value(theirs, f);
      if (RecordKinds.STAMP_COLUMNS.contains(f)) {
        merged.set(f, m);
        continue;
      }
      JsonNode b = base == null ? NullNode.getInstance() : value(base, f);
      if (same(m, t) || same(m, b)) {
        merged.set(f, t);
      } else if (same(t, b)) {
        merged.set(f, m);
      } else {
        conflicts.add(f);
      }
    }
    return new Result(merged, conflicts);
  }

  /** Equal values; numbers compare by value (5 read as an int equals 5 read as a long). */
  static boolean same(JsonNode a, JsonNode b) {
    return a.equals(b) || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
  }

  private static JsonNode value(ObjectNode node, String field) {
    JsonNode v = node.get(field);
    return v == null ? NullNode.getInstance() : v;
  }
}
