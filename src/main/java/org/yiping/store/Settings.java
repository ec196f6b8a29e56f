package org.yiping.store;

import java.util.Optional;

/** Reads and writes {@link Setting}s inside a unit of work. */
public final class Settings {
  public static final String DEVICE_ID = "device.id";
  public static final String IDLE_LOCK_MINUTES = "security.idleLockMinutes";

  private final Work work;

  public Settings(Work work) {
    this.work = work;
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(work.em().find(Setting.class, name)).map(Setting::value);
  }

  /** Removes the setting if it exists. */
  public void remove(String name) {
    Setting s = work.em().find(Setting.class, name);
    if (s != null) {
      work.em().remove(s);
    }
  }

  public void put(String name, String value) {
    Setting s = work.em().find(Setting.class, name);
    if (s == null) {
      work.em().persist(new Setting(name, value));
    } else {
      s.setValue(value);
    }
  }
}
