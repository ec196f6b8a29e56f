package org.yiping.elder;

/** A contact person or guardian (GB/T 42195 A.3). */
public record Contact(String name, ContactRelation relation, String phone, boolean guardian) {}
