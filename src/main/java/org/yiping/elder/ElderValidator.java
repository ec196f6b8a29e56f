package org.yiping.elder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.yiping.core.idcard.IdNumber;
import org.yiping.core.idcard.InvalidIdNumberException;
import org.yiping.core.validation.PhoneNumber;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;

/** Checks a draft field by field and derives what the ID number and the division code say. */
public final class ElderValidator {
  static final int TOWNSHIP_LEVEL = 4;
  private final DivisionCatalog divisions;

  public ElderValidator(DivisionCatalog divisions) {
    this.divisions = divisions;
  }

  ValidElder validate(ElderDraft d, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = d.name() == null ? "" : d.name().strip();
    if (name.isEmpty()) {
      problems.add(new FieldProblem("name", "elder.problem.nameEmpty"));
    } else if (name.length() > 50) {
      problems.add(new FieldProblem("name", "elder.problem.nameLong", 50));
    }
    IdNumber id = null;
    try {
      id = IdNumber.parse(d.idNumber(), today);
    } catch (InvalidIdNumberException e) {
      problems.add(new FieldProblem("idNumber", e.problem().messageKey(), e.length()));
    }
    String phone = phone(d.phone(), "phone", problems);
    for (Contact c : d.contacts()) {
      if (c.name() == null || c.name().isBlank()) {
        problems.add(new FieldProblem("contacts", "elder.problem.contactName"));
      }
      phone(c.phone(), "contacts", problems);
    }
    String division = d.divisionCode() == null ? "" : d.divisionCode().strip();
    String township = null;
    if (division.isEmpty()) {
      problems.add(new FieldProblem("division", "elder.problem.divisionEmpty"));
    } else {
      Division found = divisions.find(division).orElse(null);
      if (found == null || found.level() < TOWNSHIP_LEVEL) {
        problems.add(new FieldProblem("division", "elder.problem.divisionLevel"));
      } else {
        township = found.level() == TOWNSHIP_LEVEL ? found.code() : found.parentCode();
      }
    }
    if (d.notes() != null && d.notes().length() > 2000) {
      problems.add(new FieldProblem("notes", "elder.problem.notesLong", 2000));
    }
    if (!problems.isEmpty()) {
      throw new ElderValidationException(problems);
    }
    EnumSet<HardshipFlag> stored = d.flags().isEmpty() ? EnumSet.noneOf(HardshipFlag.class) : EnumSet.copyOf(d.flags());
    stored.remove(HardshipFlag.ADVANCED_AGE); // derived from the birth date, never stored
    return new ValidElder(d, name, id, phone, division, township, stored);
  }

  private static String phone(String raw, String field, List<FieldProblem> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return PhoneNumber.parse(raw).value();
    } catch (PhoneNumber.InvalidPhoneNumberException e) {
      problems.add(new FieldProblem(field, e.problem().messageKey()));
      return null;
    }
  }
}
