package org.yiping.carevisit;

/** A user who can be named as an elder's visitor: the user name kept on the assignment and the name people read. */
public record Visitor(String username, String displayName) {}
