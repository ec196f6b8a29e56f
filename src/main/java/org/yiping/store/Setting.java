package org.yiping.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named value kept in the encrypted store (device id, idle-lock minutes, ...). */
@Entity
@Table(name = "setting")
public class Setting {
  @Id
  @Column(name = "name", length = 64)
  private String name;

  @Column(name = "setting_value", nullable = false, length = 1000)
  private String value;

  protected Setting() {}

  public Setting(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String value() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
