package org.yiping.dashboard.ui;

import java.time.YearMonth;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yiping.adaptation.CaseState;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.dashboard.Dashboard;
import org.yiping.elder.HardshipFlag;
import org.yiping.ui.Background;
import org.yiping.ui.TownshipChoice;
import org.yiping.ui.Ui;

/**
 * 统计看板: the figures a township head would rather look at than read. Tiles for the headline numbers (against the
 * year's target where there is one) and bar charts by level, by hardship flag and by adaptation step.
 */
public final class DashboardView {
  private final VBox root = new VBox(16);
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final ComboBox<String> township = new ComboBox<>();
  private final ComboBox<YearMonth> month = new ComboBox<>();
  private final FlowPane tiles = new FlowPane(12, 12);
  private final GridPane charts = new GridPane();
  private final Label message = Ui.errorLabel();

  public DashboardView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    root.getStyleClass().add("page");
    root.setId("dashboard");
    township.setId("dashboardTownship");
    TownshipChoice townships = new TownshipChoice(m.get("reports.allTownships"), township);
    month.setId("dashboardMonth");
    YearMonth now = YearMonth.now(app.clock());
    for (int i = 0; i < 24; i++) {
      month.getItems().add(now.minusMonths(i));
    }
    month.setValue(now);
    month.setConverter(Ui.converter(ym -> m.get("reports.month", ym.getYear(), ym.getMonthValue())));
    Button refresh = new Button(m.get("dashboard.refresh"));
    refresh.setId("dashboardRefresh");
    refresh.setOnAction(e -> load());
    township.valueProperty().addListener((o, a, b) -> load());
    month.valueProperty().addListener((o, a, b) -> load());
    HBox filters = new HBox(8, Ui.labelFor(m.get("reports.township"), township), township,
        Ui.labelFor(m.get("reports.stats.month"), month), month, refresh);
    filters.setAlignment(Pos.CENTER_LEFT);
    tiles.setId("dashboardTiles");
    charts.setHgap(16);
    charts.setVgap(16);
    message.setId("dashboardMessage");
    root.getChildren().addAll(Ui.heading(m.get("nav.dashboard")), filters, tiles, charts, message);
    townships.load(app, background, ws, codes -> {
      township.setValue(codes.size() == 1 ? codes.get(0) : null);
      load();
    }, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void load() {
    String t = township.getValue();
    YearMonth ym = month.getValue();
    if (ym == null) {
      return;
    }
    background.run(() -> {
      // Level names come from the form, like everywhere else; the form registry may still be loading.
      java.util.List<String> names = new java.util.ArrayList<>();
      var scoring = app.forms().latest("gbt42195-2022").orElseThrow().scoring();
      for (int level = 0; scoring.level(level) != null; level++) {
        names.add(scoring.level(level).name());
      }
      return new Object[] {ws.dashboard().of(t, ym), names};
    }, r -> {
      @SuppressWarnings("unchecked")
      java.util.List<String> names = (java.util.List<String>) r[1];
      show((Dashboard) r[0], names);
    }, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void show(Dashboard d, java.util.List<String> levelNames) {
    message.setText("");
    tiles.getChildren().setAll(
        tile("tileElders", m.get("dashboard.elders"), Long.toString(d.elders()), null, null),
        tile("tileAssessments", m.get("dashboard.assessments"),
            Long.toString(d.assessmentsInMonth().values().stream().mapToLong(Long::longValue).sum()), null, null),
        tile("tileOverdue", m.get("dashboard.overdue"), Integer.toString(d.reassessmentsOverdue()),
            m.get("dashboard.dueSoon", d.reassessmentsDueSoon()), null),
        tile("tileAdaptation", m.get("dashboard.adapted", d.month().getYear()),
            d.adaptationTarget() == null ? Long.toString(d.adapted()) : d.adapted() + " / " + d.adaptationTarget(),
            d.adaptationTarget() == null ? m.get("dashboard.noTarget") : null,
            d.adaptationTarget() == null || d.adaptationTarget() == 0 ? null
                : Math.min(1.0, d.adapted() / (double) d.adaptationTarget())),
        tile("tileBeds", m.get("dashboard.beds"), Long.toString(d.bedsOpen()),
            m.get("dashboard.bedServices", d.bedServicesInMonth()), null),
        // Nobody to visit is not "100 % covered": the tile says so instead of showing a full bar.
        tile("tileVisits", m.get("dashboard.visits"), d.visits().due() == 0 ? "—" : d.visits().percent() + "%",
            d.visits().due() == 0 ? m.get("dashboard.nobodyDue")
                : m.get("dashboard.visitsDetail", d.visits().due(), d.visits().visited(), d.visits().missed()),
            d.visits().due() == 0 ? null : d.visits().percent() / 100.0));
    BarChart<String, Number> levels = chart("chartLevels", m.get("dashboard.chart.levels"));
    XYChart.Series<String, Number> ls = new XYChart.Series<>();
    ls.getData().add(new XYChart.Data<>(m.get("dashboard.notAssessed"), d.byLevel().getOrDefault(-1, 0)));
    for (int level = 0; level < levelNames.size(); level++) {
      ls.getData().add(new XYChart.Data<>(levelNames.get(level), d.byLevel().getOrDefault(level, 0)));
    }
    levels.getData().add(ls);
    BarChart<String, Number> flags = chart("chartFlags", m.get("dashboard.chart.flags"));
    XYChart.Series<String, Number> fs = new XYChart.Series<>();
    for (HardshipFlag f : HardshipFlag.values()) {
      fs.getData().add(new XYChart.Data<>(m.get("enum.HardshipFlag." + f.name()), d.byFlag().getOrDefault(f, 0)));
    }
    flags.getData().add(fs);
    BarChart<String, Number> cases = chart("chartCases", m.get("dashboard.chart.cases", d.month().getYear()));
    XYChart.Series<String, Number> cs = new XYChart.Series<>();
    for (CaseState s : CaseState.values()) {
      cs.getData().add(new XYChart.Data<>(m.get("dashboard.state." + s.name()),
          d.adaptationByState().getOrDefault(s, 0L)));
    }
    cases.getData().add(cs);
    charts.getChildren().clear();
    charts.add(levels, 0, 0);
    charts.add(flags, 1, 0);
    charts.add(cases, 0, 1, 2, 1);
  }

  private VBox tile(String id, String title, String value, String detail, Double progress) {
    Label t = new Label(title);
    t.getStyleClass().add("text-muted");
    Label v = new Label(value);
    v.setId(id + "Value");
    v.getStyleClass().add("title-1");
    VBox box = new VBox(4, t, v);
    if (progress != null) {
      ProgressBar bar = new ProgressBar(progress);
      bar.setMaxWidth(Double.MAX_VALUE);
      box.getChildren().add(bar);
    }
    if (detail != null) {
      Label dl = new Label(detail);
      dl.getStyleClass().add("text-small");
      dl.setWrapText(true);
      box.getChildren().add(dl);
    }
    box.setId(id);
    box.setPadding(new Insets(12));
    box.setPrefWidth(166);
    box.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8;"
        + " -fx-border-color: -color-border-default; -fx-border-radius: 8;");
    return box;
  }

  private BarChart<String, Number> chart(String id, String title) {
    CategoryAxis x = new CategoryAxis();
    NumberAxis y = new NumberAxis();
    y.setMinorTickVisible(false);
    y.setTickUnit(1);
    // Counts of people: whole numbers only on the axis.
    y.setTickLabelFormatter(Ui.converter(n -> n.doubleValue() % 1 == 0 ? Long.toString(n.longValue()) : ""));
    BarChart<String, Number> c = new BarChart<>(x, y);
    c.setId(id);
    c.setTitle(title);
    c.setLegendVisible(false);
    c.setAnimated(false);
    c.setPrefSize(520, 280);
    GridPane.setHgrow(c, Priority.ALWAYS);
    return c;
  }

  public Parent root() {
    ScrollPane scroll = new ScrollPane(root);
    scroll.setFitToWidth(true);
    return scroll;
  }
}
