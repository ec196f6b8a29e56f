package org.yiping.elder;

import java.util.Set;
import org.yiping.core.idcard.IdNumber;

/** A draft that passed every check, with what was derived from it. */
record ValidElder(ElderDraft draft, String name, IdNumber idNumber, String phone, String divisionCode,
    String townshipCode, Set<HardshipFlag> storedFlags) {}
