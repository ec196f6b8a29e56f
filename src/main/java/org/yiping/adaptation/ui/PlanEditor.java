package org.yiping.adaptation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.PlanLine;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.Item;
import org.yiping.assessment.form.Section;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.ui.CaseText;
import org.yiping.ui.Ui;

/**
 * The home assessment on the 30-item checklist: the items grouped by their 7 categories, each with its tier (基础类 or
 * 可选类), whether the home needs it, how many, the unit cost in yuan and who pays; the line and the totals per payer
 * follow as the user types. The service computes the totals it keeps; this only shows them while typing.
 */
final class PlanEditor {
  static final double[] WIDTHS = {232, 50, 56, 92, 104, 100};
  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

  private final Messages m;
  private final GridPane header = grid();
  private final GridPane body = grid();
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Map<String, String> notes = new HashMap<>();
  private final Runnable onChange;
  private boolean filling;
  private boolean dirty;

  /** One checklist item's controls. */
  private final class Row {
    final Item item;
    final boolean basic;
    final CheckBox needed = new CheckBox();
    final TextField quantity = new TextField();
    final TextField cost = new TextField();
    final ComboBox<Payer> payer = new ComboBox<>();
    final Label total = new Label();

    Row(Item item) {
      this.item = item;
      this.basic = "basic".equals(item.attributes().get("tier"));
      String code = item.code();
      needed.setText(code + "  " + item.label());
      needed.setId("planNeeded" + code);
      needed.setMnemonicParsing(false);
      if (item.help() != null) {
        needed.setTooltip(new Tooltip(item.help()));
      }
      quantity.setId("planQuantity" + code);
      quantity.setPrefColumnCount(3);
      quantity.setAlignment(Pos.CENTER_RIGHT);
      cost.setId("planCost" + code);
      cost.setPrefColumnCount(7);
      cost.setAlignment(Pos.CENTER_RIGHT);
      cost.setPromptText("0.00");
      payer.setId("planPayer" + code);
      payer.getItems().addAll(Payer.values());
      payer.setConverter(Ui.converter(p -> m.get("enum.Payer." + p.name())));
      payer.setMaxWidth(Double.MAX_VALUE);
      total.setId("planTotal" + code);
      needed.selectedProperty().addListener((o, a, on) -> {
        if (on && !filling) {
          if (quantity.getText().isBlank()) {
            quantity.setText("1");
          }
          if (payer.getValue() == null) {
            payer.setValue(basic ? Payer.SUBSIDY : Payer.FAMILY);
          }
        }
        enable();
        changed();
      });
      quantity.textProperty().addListener((o, a, b) -> changed());
      cost.textProperty().addListener((o, a, b) -> changed());
      payer.valueProperty().addListener((o, a, b) -> changed());
      enable();
    }

    void enable() {
      boolean on = needed.isSelected() && editable;
      needed.setDisable(!editable);
      quantity.setDisable(!on);
      cost.setDisable(!on);
      payer.setDisable(!on);
    }

    Integer quantityValue() {
      Integer q = CaseText.count(quantity.getText());
      return q != null && q >= 1 ? q : null;
    }

    /** The line's amount in fen, or null when a needed line is not typed right (its wrong fields marked). */
    Long totalFen() {
      if (!needed.isSelected()) {
        quantity.pseudoClassStateChanged(DANGER, false);
        cost.pseudoClassStateChanged(DANGER, false);
        return 0L;
      }
      Integer q = quantityValue();
      Long f = CaseText.fen(cost.getText());
      quantity.pseudoClassStateChanged(DANGER, q == null);
      cost.pseudoClassStateChanged(DANGER, f == null);
      return q == null || f == null ? null : q * f;
    }
  }

  private boolean editable = true;

  PlanEditor(Messages m, FormDefinition checklist, Runnable onChange) {
    this.m = m;
    this.onChange = onChange;
    header.addRow(0, head("adaptation.plan.col.item", HPos.LEFT), head("adaptation.plan.col.tier", HPos.LEFT),
        head("adaptation.plan.col.quantity", HPos.RIGHT), head("adaptation.plan.col.cost", HPos.RIGHT),
        head("adaptation.plan.col.payer", HPos.LEFT), head("adaptation.plan.col.total", HPos.RIGHT));
    header.getStyleClass().add("plan-header");
    int r = 0;
    for (Section s : checklist.sections()) {
      Label category = new Label(s.label());
      category.getStyleClass().add("plan-category");
      body.add(category, 0, r++, WIDTHS.length, 1);
      for (Item i : s.items()) {
        Row row = new Row(i);
        rows.put(i.code(), row);
        Label tier = new Label(m.get(row.basic ? "adaptation.plan.basic" : "adaptation.plan.optional"));
        tier.getStyleClass().add(row.basic ? "plan-tier-basic" : "plan-tier-optional");
        body.addRow(r++, row.needed, tier, row.quantity, row.cost, row.payer, row.total);
        GridPane.setHalignment(row.total, HPos.RIGHT);
      }
    }
  }

  private Label head(String key, HPos align) {
    Label l = new Label(m.get(key));
    l.getStyleClass().add("text-muted");
    GridPane.setHalignment(l, align);
    return l;
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(4);
    for (double w : WIDTHS) {
      ColumnConstraints c = new ColumnConstraints(w);
      c.setMinWidth(w);
      g.getColumnConstraints().add(c);
    }
    return g;
  }

  Node header() {
    return header;
  }

  Node body() {
    return body;
  }

  /** Shows a saved plan; items not in it are not needed. */
  void fill(List<PlanLine> plan) {
    filling = true;
    notes.clear();
    Map<String, PlanLine> byItem = new HashMap<>();
    plan.forEach(l -> byItem.put(l.item(), l));
    for (Row row : rows.values()) {
      PlanLine l = byItem.get(row.item.code());
      boolean on = l != null && l.needed();
      row.needed.setSelected(on);
      row.quantity.setText(on ? Integer.toString(l.quantity()) : "");
      row.cost.setText(on ? CaseText.yuanInput(l.unitCostFen()) : "");
      row.payer.setValue(on ? l.payer() : null);
      if (l != null && l.note() != null) {
        notes.put(l.item(), l.note());
      }
      row.enable();
    }
    filling = false;
    dirty = false;
    changed();
    dirty = false;
  }

  void setEditable(boolean editable) {
    this.editable = editable;
    rows.values().forEach(Row::enable);
  }

  boolean dirty() {
    return dirty;
  }

  private void changed() {
    if (!filling) {
      dirty = true;
    }
    long subsidy = 0;
    long family = 0;
    for (Row row : rows.values()) {
      Long t = row.totalFen();
      row.total.setText(!row.needed.isSelected() ? "" : t == null ? "—" : CaseText.yuan(m, t));
      if (t != null && row.needed.isSelected()) {
        if (row.payer.getValue() == Payer.FAMILY) {
          family += t;
        } else if (row.payer.getValue() == Payer.SUBSIDY) {
          subsidy += t;
        }
      }
    }
    this.subsidy = subsidy;
    this.family = family;
    if (!filling) {
      onChange.run();
    }
  }

  private long subsidy;
  private long family;

  long subsidyFen() {
    return subsidy;
  }

  long familyFen() {
    return family;
  }

  /** How many items are ticked as needed. */
  int neededCount() {
    return (int) rows.values().stream().filter(r -> r.needed.isSelected()).count();
  }

  /**
   * The plan as the service takes it: the needed items only; refused, naming the item and moving the cursor there,
   * when a quantity, cost or payer is missing or typed wrong.
   */
  List<PlanLine> lines() {
    List<PlanLine> out = new ArrayList<>();
    for (Row row : rows.values()) {
      if (!row.needed.isSelected()) {
        continue;
      }
      Integer q = row.quantityValue();
      if (q == null) {
        row.quantity.requestFocus();
        throw new UserFacingException("adaptation.plan.badQuantity", row.item.label());
      }
      Long f = CaseText.fen(row.cost.getText());
      if (f == null) {
        row.cost.requestFocus();
        throw new UserFacingException("adaptation.plan.badCost", row.item.label());
      }
      if (row.payer.getValue() == null) {
        row.payer.requestFocus();
        throw new UserFacingException("adaptation.problem.payer", row.item.label());
      }
      out.add(new PlanLine(row.item.code(), true, q, f, row.payer.getValue(), notes.get(row.item.code())));
    }
    return out;
  }
}
