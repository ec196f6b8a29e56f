package org.yiping.bed;

/** Monitoring devices installed with a family bed. */
public enum DeviceType {
  SMART_MATTRESS,
  WRISTBAND,
  FALL_ALARM,
  EMERGENCY_BUTTON,
  SMOKE_ALARM,
  GAS_ALARM
}
