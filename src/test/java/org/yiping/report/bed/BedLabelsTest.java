package org.yiping.report.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportFonts;
import org.yiping.report.UnprintableTextException;

/** The label renderer on its own: name masking, one page per label, refusals naming the field. */
class BedLabelsTest {
  private static final String EXT_B = new String(Character.toChars(0x20000));

  @Test
  void namesKeepTheirFirstAndLastCharacterOnly() {
    assertThat(BedLabelsNames.mask("张秀兰")).isEqualTo("张*兰");
    assertThat(BedLabelsNames.mask("王芳")).isEqualTo("王*");
    assertThat(BedLabelsNames.mask("欧阳喆堃")).isEqualTo("欧**堃");
    assertThat(BedLabelsNames.mask("艾力·买买提")).isEqualTo("艾*·**提");
    assertThat(BedLabelsNames.mask("李")).isEqualTo("*");
    // A character beyond the BMP is one character, not two halves.
    assertThat(BedLabelsNames.mask("张" + EXT_B + "兰")).isEqualTo("张*兰");
    assertThat(BedLabelsNames.mask(null)).isNull();
  }

  @Test
  void eachLabelIsAPageOfLabelStockAndOnlyWhatIsPrintedMustBeInTheFont() {
    BedLabels labels = new BedLabels(ReportFonts.bundled());
    byte[] pdf = labels.render(List.of(
        new BedLabelData("JC-650102002-0A1B2C3D", "张" + EXT_B + "兰", "颐和中心", "燕儿窝街道", LocalDate.of(2026, 11, 1)),
        new BedLabelData("JC-650102002-0A1B2C3E", "王芳", "颐和中心", "燕儿窝街道", null),
        new BedLabelData("JC-650102002-0A1B2C3F", "李", null, null, null)));
    assertThat(PdfProbe.pages(pdf)).isEqualTo(3);
    String first = PdfProbe.text(pdf, 1, 1).replaceAll("\\s+", "");
    assertThat(first).contains("张*兰", "JC-650102002-0A1B2C3D", "建床日期：2026-11-01");
    assertThat(PdfProbe.text(pdf, 3, 3).replaceAll("\\s+", "")).contains("老人：*", "服务机构：—");
    assertThat(PdfProbe.qrCodes(PdfProbe.render(pdf, 1, 100))).containsExactly("JC-650102002-0A1B2C3E");
    assertThatThrownBy(() -> labels.render(List.of(new BedLabelData("JC-1", "王芳", "颐和" + EXT_B, null, null))))
        .isInstanceOfSatisfying(UnprintableTextException.class, e -> assertThat(e.field()).isEqualTo("服务机构"));
    assertThatThrownBy(() -> labels.render(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
