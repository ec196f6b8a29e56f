package org.yiping.support;

import java.util.List;
import org.yiping.app.Entities;

/** The entity list the app uses, for tests that open a store directly. */
public final class TestEntities {
  private TestEntities() {}

  public static List<Class<?>> all() {
    return Entities.ALL;
  }
}
