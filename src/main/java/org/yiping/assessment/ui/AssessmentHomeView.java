package org.yiping.assessment.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.plan.PlannedVisitRecord;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.AssessmentRecord;
import org.yiping.assessment.visit.Reassessment;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.search.IndexedElder;
import org.yiping.elder.search.SearchQuery;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/**
 * 能力评估: start an assessment for an elder found by name or pinyin, continue a draft (at the item where it
 * stopped), correct what the township office returned, and, for reviewers, the review queue.
 */
public final class AssessmentHomeView {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.systemDefault());
  /** What a visit can assess: one form, or GB/T 42195 and LTC 2021 together (shared items suggested). */
  static final List<String> FORMS = List.of("gbt42195-2022", "gbt42195-2022+ltc-2021", "ltc-2021", "mzt039-2013");
  /** Results falling due within this many days are listed beside the overdue ones. */
  static final int DUE_WITHIN_DAYS = 30;

  private final StackPane root = new StackPane();
  private final VBox home = new VBox(12);
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final TextField elderSearch = new TextField();
  private final ListView<IndexedElder> elders = new ListView<>();
  private final ComboBox<String> formChoice = new ComboBox<>();
  private final ComboBox<AssessmentReason> reason = new ComboBox<>();
  private final ListView<Item> drafts = new ListView<>();
  private final ListView<Item> returned = new ListView<>();
  private final ListView<Item> queue = new ListView<>();
  private final ListView<Reassessment> due = new ListView<>();
  private final ListView<Plan> plans = new ListView<>();
  private final Label message = Ui.errorLabel();

  /** A row of a list: the assessment and its elder's name. */
  record Item(AssessmentRecord assessment, String elderName) {}

  /** A planned visit and its elder's name. */
  record Plan(PlannedVisitRecord visit, String elderName) {}

  public AssessmentHomeView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    boolean assessor = ws.session().may(Permission.ASSESS);
    boolean reviewer = ws.session().may(Permission.REVIEW);

    elderSearch.setId("assessmentElderSearch");
    elderSearch.setPromptText(m.get("assessment.home.search"));
    elders.setId("assessmentElderResults");
    elders.setPrefHeight(150);
    elders.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(IndexedElder e, boolean empty) {
        super.updateItem(e, empty);
        setText(empty || e == null ? null : e.name() + "  " + (e.sex() == null ? "" : e.sex().chinese()) + "  "
            + (e.villageName() == null ? "" : e.villageName()) + "  " + e.idNumber().substring(0, 6) + "…"
            + e.idNumber().substring(14));
      }
    });
    elderSearch.textProperty().addListener((o, a, text) -> searchElders(text));
    elderSearch.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.DOWN && !elders.getItems().isEmpty()) {
        elders.requestFocus();
        elders.getSelectionModel().selectFirst();
      }
    });
    formChoice.setId("assessmentForm");
    formChoice.getItems().addAll(FORMS);
    formChoice.setValue(FORMS.get(0));
    formChoice.setConverter(Ui.converter(id -> m.get("assessment.form." + id)));
    reason.setId("assessmentReason");
    reason.getItems().addAll(AssessmentReason.values());
    reason.setValue(AssessmentReason.FIRST);
    reason.setConverter(Ui.converter(r -> m.get("enum.AssessmentReason." + r.name())));
    Button start = new Button(m.get("assessment.home.start"));
    start.setId("startAssessment");
    start.setOnAction(e -> startNew());
    elders.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        startNew();
      }
    });
    Button planVisit = new Button(m.get("assessment.home.plan"));
    planVisit.setId("planVisit");
    planVisit.setOnAction(e -> planVisit());
    javafx.scene.layout.GridPane choices = Ui.formGrid();
    choices.addRow(0, Ui.labelFor(m.get("assessment.home.form"), formChoice), formChoice);
    choices.addRow(1, Ui.labelFor(m.get("assessment.home.reason"), reason), reason);
    formChoice.setMaxWidth(Double.MAX_VALUE);
    reason.setMaxWidth(Double.MAX_VALUE);
    HBox actions = new HBox(8, start, planVisit);

    plans.setId("assessmentPlans");
    plans.setPrefHeight(110);
    plans.setPlaceholder(new Label(m.get("assessment.home.noPlans")));
    plans.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Plan p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : m.get("assessment.home.planRow",
            (p.visit().plannedOn().isBefore(LocalDate.now(app.clock())) ? m.get("assessment.home.planLate") : "")
                + p.visit().plannedOn(), p.elderName(), m.get("enum.AssessmentReason." + p.visit().reason().name()),
            p.visit().note() == null ? "" : " · " + p.visit().note()));
      }
    });
    plans.setOnKeyPressed(e -> {
      Plan p = plans.getSelectionModel().getSelectedItem();
      if (p != null && e.getCode() == KeyCode.ENTER) {
        startPlanned(p);
      } else if (p != null && e.getCode() == KeyCode.DELETE) {
        cancelPlan(p);
      }
    });
    plans.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && plans.getSelectionModel().getSelectedItem() != null) {
        startPlanned(plans.getSelectionModel().getSelectedItem());
      }
    });

    configureList(drafts, "assessmentDrafts", i -> open(i.assessment().id(), i.elderName()),
        i -> m.get("assessment.home.draftRow", i.elderName(), m.get("assessment.form." + i.assessment().formId()),
            i.assessment().answers().size(), i.assessment().currentItem() == null ? "-" : i.assessment().currentItem(),
            TIME.format(i.assessment().startedAt())));
    configureList(returned, "assessmentReturned", this::correct,
        i -> m.get("assessment.home.returnedRow", i.elderName(), m.get("assessment.form." + i.assessment().formId()),
            i.assessment().reviewComment()));
    configureList(queue, "assessmentQueue", i -> open(i.assessment().id(), i.elderName()),
        i -> m.get("assessment.home.queueRow", i.elderName(), m.get("assessment.form." + i.assessment().formId()),
            i.assessment().finalLevel() == null ? "-" : i.assessment().finalLevel(), i.assessment().assessor()));
    Button approve = new Button(m.get("assessment.home.approve"));
    approve.setId("approveAssessment");
    approve.setOnAction(e -> selected(queue).ifPresent(i -> act(() -> ws.assessments().approve(
        i.assessment().id()))));
    Button sendBack = new Button(m.get("assessment.home.return"));
    sendBack.setId("returnAssessment");
    sendBack.setOnAction(e -> selected(queue).ifPresent(i -> ask(m.get("assessment.home.returnComment"))
        .ifPresent(c -> act(() -> ws.assessments().returnForCorrection(i.assessment().id(), c)))));

    due.setId("assessmentReassessments");
    due.setPrefHeight(110);
    due.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Reassessment r, boolean empty) {
        super.updateItem(r, empty);
        setText(empty || r == null ? null : m.get(r.overdue() ? "assessment.home.overdueRow" : "assessment.home.dueRow",
            r.elderName(), m.get("assessment.form." + r.formId()), r.assessedOn().toString(), r.validUntil().toString(),
            r.assessor()));
      }
    });

    // The assessor's day on the left (what to do today), a new assessment on the right.
    home.getChildren().add(Ui.heading(m.get("nav.assessment")));
    VBox day = new VBox(8);
    VBox start2 = new VBox(8);
    if (assessor) {
      day.getChildren().addAll(Ui.heading(m.get("assessment.home.today", LocalDate.now(app.clock()))),
          new Label(m.get("assessment.home.plans")), plans, new Label(m.get("assessment.home.drafts")), drafts,
          new Label(m.get("assessment.home.returned")), returned);
      start2.getChildren().addAll(Ui.heading(m.get("assessment.home.new")), elderSearch, elders, choices, actions);
    }
    if (reviewer) {
      day.getChildren().addAll(new Label(m.get("assessment.home.queue")), queue, new HBox(8, approve, sendBack));
    }
    if (assessor || reviewer) {
      day.getChildren().addAll(new Label(m.get("assessment.home.reassessments", DUE_WITHIN_DAYS)), due);
    }
    if (!assessor && !reviewer) {
      home.getChildren().add(new Label(m.get("assessment.home.noRole")));
    }
    HBox columns = new HBox(24, day, start2);
    HBox.setHgrow(day, javafx.scene.layout.Priority.ALWAYS);
    day.setPrefWidth(560);
    start2.setPrefWidth(480);
    home.getChildren().add(columns);
    home.getChildren().add(message);
    message.setId("assessmentHomeMessage");
    home.getStyleClass().add("page");
    root.getChildren().add(home);
    reload();
    // Keyboard users arrive with Ctrl+2: put the cursor where the work starts.
    javafx.application.Platform.runLater(() -> (assessor ? elderSearch : queue).requestFocus());
  }

  private void configureList(ListView<Item> list, String id, Consumer<Item> onOpen,
      java.util.function.Function<Item, String> text) {
    list.setId(id);
    list.setPrefHeight(120);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Item i, boolean empty) {
        super.updateItem(i, empty);
        setText(empty || i == null ? null : text.apply(i));
      }
    });
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
        onOpen.accept(list.getSelectionModel().getSelectedItem());
      }
    });
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
        onOpen.accept(list.getSelectionModel().getSelectedItem());
      }
    });
  }

  private Optional<Item> selected(ListView<Item> list) {
    Item i = list.getSelectionModel().getSelectedItem();
    if (i == null) {
      message.setText(m.get("assessment.home.select"));
    }
    return Optional.ofNullable(i);
  }

  private Optional<String> ask(String prompt) {
    TextInputDialog d = new TextInputDialog();
    d.setHeaderText(prompt);
    d.initOwner(root.getScene().getWindow());
    d.getEditor().setId("dialogText");
    return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
  }

  private void act(java.util.concurrent.Callable<?> action) {
    message.setText("");
    background.run(action, x -> reload(), e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void searchElders(String text) {
    if (text == null || text.isBlank()) {
      elders.getItems().clear();
      return;
    }
    background.run(() -> ws.elders().index().search(SearchQuery.text(text, LocalDate.now(app.clock())), 0, 20)
        .items(), list -> {
          if (text.equals(elderSearch.getText())) {
            elders.getItems().setAll(list);
          }
        }, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void startNew() {
    IndexedElder elder = elders.getSelectionModel().getSelectedItem();
    if (elder == null) {
      message.setText(m.get("assessment.home.pickElder"));
      return;
    }
    String formId = formChoice.getValue();
    AssessmentReason r = reason.getValue();
    background.run(() -> ws.assessments().startVisit(elder.id(), r, List.of(formId.split("\\+"))),
        visit -> open(visit.get(0).assessment().id(), elder.name()), e -> Ui.warn(message, Ui.describe(e, m)));
  }

  /** Starts the planned visit's assessment on the chosen form; the plan then leaves the day screen. */
  private void startPlanned(Plan p) {
    String formId = formChoice.getValue();
    background.run(() -> {
      var visit = ws.assessments().startVisit(p.visit().elderId(), p.visit().reason(), List.of(formId.split("\\+")));
      ws.plans().started(p.visit().id(), visit.get(0).assessment().id());
      return visit;
    }, visit -> open(visit.get(0).assessment().id(), p.elderName()), e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void cancelPlan(Plan p) {
    javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
        javafx.scene.control.Alert.AlertType.CONFIRMATION, m.get("assessment.home.cancelPlan", p.elderName()),
        javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
    confirm.initOwner(root.getScene().getWindow());
    confirm.setHeaderText(null);
    confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
        .ifPresent(b -> act(() -> {
          ws.plans().cancel(p.visit().id());
          return null;
        }));
  }

  /** Plans a visit to the elder selected in the search results: a day (today by default) and an optional note. */
  private void planVisit() {
    IndexedElder elder = elders.getSelectionModel().getSelectedItem();
    if (elder == null) {
      message.setText(m.get("assessment.home.pickElder"));
      return;
    }
    javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
    d.initOwner(root.getScene().getWindow());
    d.setTitle(m.get("assessment.home.planFor", elder.name()));
    d.setHeaderText(m.get("assessment.home.planFor", elder.name()));
    d.getDialogPane().setId("planDialog");
    javafx.scene.control.DatePicker dayPicker = new javafx.scene.control.DatePicker(LocalDate.now(app.clock()));
    dayPicker.setId("planDay");
    TextField note = new TextField();
    note.setId("planNote");
    javafx.scene.layout.GridPane g = Ui.formGrid();
    g.addRow(0, new Label(m.get("assessment.home.planDay")), dayPicker);
    g.addRow(1, new Label(m.get("assessment.home.planNote")), note);
    d.getDialogPane().setContent(g);
    d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
        javafx.scene.control.ButtonType.CANCEL);
    AssessmentReason r = reason.getValue();
    d.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> {
      LocalDate day = dayPicker.getValue();
      background.run(() -> ws.plans().plan(elder.id(), day, r, null, note.getText()), p -> {
        Ui.say(message, m.get("assessment.home.planned", elder.name(), p.plannedOn()));
        reload();
      }, e -> Ui.warn(message, Ui.describe(e, m)));
    });
  }

  private void correct(Item i) {
    ask(m.get("assessment.home.correctReason")).ifPresent(reasonText -> background.run(
        () -> ws.assessments().correct(i.assessment().id(), reasonText),
        p -> open(p.assessment().id(), i.elderName()), e -> Ui.warn(message, Ui.describe(e, m))));
  }

  /** Opens the form over this list; closing it comes back here with the lists reloaded. */
  void open(UUID id, String elderName) {
    AssessmentFormView form = new AssessmentFormView(app, background, ws, id, elderName, () -> {
      root.getChildren().remove(1, root.getChildren().size());
      home.setVisible(true);
      reload();
    });
    root.getChildren().add(form.root());
    home.setVisible(false);
  }

  @SuppressWarnings("unchecked")
  private void reload() {
    boolean assessor = ws.session().may(Permission.ASSESS);
    boolean reviewer = ws.session().may(Permission.REVIEW);
    background.run(() -> {
      List<AssessmentRecord> d = assessor ? ws.assessments().myDrafts() : List.of();
      List<AssessmentRecord> r = assessor ? ws.assessments().returnedToMe() : List.of();
      List<AssessmentRecord> q = reviewer ? ws.assessments().reviewQueue() : List.of();
      List<PlannedVisitRecord> p = assessor ? ws.plans().myOpenPlans(LocalDate.now(app.clock())) : List.of();
      List<UUID> ids = new ArrayList<>();
      p.forEach(v -> ids.add(v.elderId()));
      d.forEach(a -> ids.add(a.elderId()));
      r.forEach(a -> ids.add(a.elderId()));
      q.forEach(a -> ids.add(a.elderId()));
      Map<UUID, String> names = ws.elders().names(ids);
      // Reviewers see every result falling due; an assessor sees their own.
      List<Reassessment> soon = assessor || reviewer ? ws.assessments().reassessments(LocalDate.now(app.clock()),
          DUE_WITHIN_DAYS, null, reviewer ? null : ws.session().username()) : List.of();
      List<Plan> planRows = p.stream().map(v -> new Plan(v, names.getOrDefault(v.elderId(), "?"))).toList();
      return new Object[] {rows(d, names), rows(r, names), rows(q, names), soon, planRows};
    }, lists -> {
      drafts.getItems().setAll((List<Item>) lists[0]);
      returned.getItems().setAll((List<Item>) lists[1]);
      queue.getItems().setAll((List<Item>) lists[2]);
      due.getItems().setAll((List<Reassessment>) lists[3]);
      plans.getItems().setAll((List<Plan>) lists[4]);
    }, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private static List<Item> rows(List<AssessmentRecord> list, Map<UUID, String> names) {
    return list.stream().map(a -> new Item(a, names.getOrDefault(a.elderId(), "?"))).toList();
  }

  public Parent root() {
    return root;
  }
}
