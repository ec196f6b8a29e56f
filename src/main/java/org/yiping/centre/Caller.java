package org.yiping.centre;

/** Who a request comes from, as the centre established it: the device, the user, the role and the region. */
public record Caller(String deviceId, String username, String role, String regionCode) {}
