package org.yiping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yiping.reporting.AssessmentReportFromStoreTest.oneLine;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.bed.BedRecord;
import org.yiping.bed.BedSetup;
import org.yiping.bed.Device;
import org.yiping.bed.DeviceType;
import org.yiping.core.UserFacingException;
import org.yiping.elder.EconomicStatus;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportKind;

/** 一床一码 labels from real beds: label-sized pages, the name masked, and a QR code that scans to the bed code. */
class BedLabelsFromStoreTest {
  @TempDir Path dir;
  ReportingWorld w;

  @BeforeEach
  void setUp() {
    w = new ReportingWorld(dir);
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  private static BedSetup setup(String provider, String override) {
    return new BedSetup(provider, LocalDate.of(2026, 11, 10), LocalDate.of(2027, 11, 9), null,
        List.of(new Device(DeviceType.SMART_MATTRESS, "SM-2026-0001")), override);
  }

  /** 张秀兰's bed (eligible: 低保 and a disability level from her assessment). */
  private BedRecord zhangsBed() {
    w.world.economicStatus(EconomicStatus.DIBAO);
    w.world.finalizedGbt(2);
    try (Workspace li = w.li()) {
      return li.beds().open(w.elderId(), setup("天山区颐和居家养老服务中心", null));
    }
  }

  /**
   * The page as ZXing sees it: luminance straight from the rendered picture's pixels (ZXing core has no
   * BufferedImage source; the javase module that has one is not a dependency).
   */
  static final class PictureLuminance extends LuminanceSource {
    private final byte[] luminance;

    PictureLuminance(BufferedImage img) {
      super(img.getWidth(), img.getHeight());
      luminance = new byte[img.getWidth() * img.getHeight()];
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          int rgb = img.getRGB(x, y);
          int r = rgb >> 16 & 0xFF;
          int g = rgb >> 8 & 0xFF;
          int b = rgb & 0xFF;
          luminance[y * img.getWidth() + x] = (byte) ((r * 299 + g * 587 + b * 114) / 1000);
        }
      }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
      byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
      System.arraycopy(luminance, y * getWidth(), out, 0, getWidth());
      return out;
    }

    @Override
    public byte[] getMatrix() {
      return luminance;
    }
  }

  static String scan(BufferedImage page) {
    try {
      Result r = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new PictureLuminance(page))),
          Map.of(DecodeHintType.TRY_HARDER, true));
      return r.getText();
    } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
      throw new AssertionError("no QR code found on the label", e);
    }
  }

  static List<float[]> pageSizesMm(byte[] pdf) throws IOException {
    List<float[]> sizes = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (var page : d.getPages()) {
        PDRectangle box = page.getMediaBox();
        sizes.add(new float[] {box.getWidth() * 25.4f / 72, box.getHeight() * 25.4f / 72});
      }
    }
    return sizes;
  }

  @Test
  void aLabelShowsTheCodeMaskedNameProviderAndTownshipAndItsQrScansToTheBedCode() throws IOException {
    BedRecord bed = zhangsBed();
    Report r;
    try (Workspace town = w.town()) {
      r = town.reports().bedLabels(List.of(bed.id()));
    }
    assertThat(r.kind()).isEqualTo(ReportKind.BED_LABEL);
    assertThat(r.recordId()).isEqualTo(bed.id());
    assertThat(r.verificationCode()).isNull();
    assertThat(r.suggestedFileName()).isEqualTo("床位标签_" + bed.bedCode() + ".pdf");
    assertThat(pageSizesMm(r.pdf())).singleElement().satisfies(s -> {
      assertThat(s[0]).isBetween(99.5f, 100.5f);
      assertThat(s[1]).isBetween(69.5f, 70.5f);
    });
    String t = oneLine(PdfProbe.text(r.pdf()));
    assertThat(t).contains("家庭养老床位·一床一码", bed.bedCode(), "老人：张*兰", "服务机构：天山区颐和居家养老服务中心",
        "乡镇（街道）：燕儿窝街道", "建床日期：2026-11-10", "紧急求助电话：");
    assertThat(t).doesNotContain("张秀兰", "秀");
    List<String> fonts = new ArrayList<>();
    PdfProbe.fonts(r.pdf(), fonts);
    assertThat(fonts).isNotEmpty().noneMatch(f -> f.contains("not embedded"));
    // A phone camera sees roughly a 150 dpi picture of the label; the code must also scan from a coarse one.
    assertThat(scan(PdfProbe.render(r.pdf(), 0, 150))).isEqualTo(bed.bedCode());
    assertThat(scan(PdfProbe.render(r.pdf(), 0, 72))).isEqualTo(bed.bedCode());
    try (Workspace admin = w.admin()) {
      assertThat(admin.audit().page(0, 100)).anySatisfy(a -> {
        assertThat(a.action()).isEqualTo("REPORT_VIEWED");
        assertThat(a.targetType()).isEqualTo("family_bed");
        assertThat(a.detail()).contains("kind=BED_LABEL", bed.id().toString()).doesNotContain("张");
      });
    }
  }

  @Test
  void severalBedsPrintOneLabelPerPageEachScanningToItsOwnCode() throws IOException {
    BedRecord first = zhangsBed();
    UUID other = w.elder("欧阳喆堃", LocalDate.of(1940, 2, 3), false, Set.of());
    BedRecord second;
    try (Workspace li = w.li()) {
      second = li.beds().open(other, setup("胜利路社区养老服务站", "子女均在外地，乡镇特批"));
    }
    Report r;
    try (Workspace town = w.town()) {
      r = town.reports().bedLabels(List.of(first.id(), second.id(), first.id()));
    }
    assertThat(PdfProbe.pages(r.pdf())).isEqualTo(2);
    assertThat(pageSizesMm(r.pdf())).hasSize(2);
    assertThat(r.recordId()).isNotIn(first.id(), second.id());
    assertThat(r.suggestedFileName()).isEqualTo("床位标签_2张_2026-11-10.pdf");
    assertThat(oneLine(PdfProbe.text(r.pdf(), 1, 1))).contains("张*兰", first.bedCode()).doesNotContain("欧");
    assertThat(oneLine(PdfProbe.text(r.pdf(), 2, 2))).contains("欧**堃", "胜利路社区养老服务站", "胜利路街道",
        second.bedCode()).doesNotContain("欧阳");
    assertThat(scan(PdfProbe.render(r.pdf(), 0, 100))).isEqualTo(first.bedCode());
    assertThat(scan(PdfProbe.render(r.pdf(), 1, 100))).isEqualTo(second.bedCode());
    // Each elder's file summary lists their bed.
    try (Workspace town = w.town()) {
      assertThat(oneLine(PdfProbe.text(town.reports().elderSummary(other).pdf())))
          .contains("家庭养老床位" + second.bedCode() + "·胜利路社区养老服务站·2026-11-10建床·在用");
    }
  }

  @Test
  void noBedOrAnUnknownBedIsRefused() {
    try (Workspace town = w.town()) {
      assertThatThrownBy(() -> town.reports().bedLabels(List.of()))
          .isInstanceOfSatisfying(UserFacingException.class,
              e -> assertThat(e.key()).isEqualTo("reporting.problem.noBeds"));
      assertThatThrownBy(() -> town.reports().bedLabels(List.of(UUID.randomUUID())))
          .isInstanceOfSatisfying(UserFacingException.class,
              e -> assertThat(e.key()).isEqualTo("bed.problem.notFound"));
    }
  }
}
