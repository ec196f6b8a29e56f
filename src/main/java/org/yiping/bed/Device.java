package org.yiping.bed;

/** One installed device: its type and serial number (the one printed on it). */
public record Device(DeviceType type, String serial) {}
