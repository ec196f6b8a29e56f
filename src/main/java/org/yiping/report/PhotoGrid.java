package org.yiping.report;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Photos two to a row, each scaled into the same box with its caption under it (改造前 and 改造后 of an item side by
 * side). The JPEG bytes are embedded as they are, never decoded and re-encoded: pass small ones (thumbnails) and the
 * file stays small. A row never breaks across pages.
 */
public final class PhotoGrid implements ReportBlock {
  /**
   * One photo.
   *
   * @param jpeg the JPEG bytes; {@code null} leaves the box empty with the caption (no photo taken)
   * @param caption printed under the photo
   */
  public record Photo(byte[] jpeg, String caption) {
    public Photo {
      Objects.requireNonNull(caption, "caption");
    }
  }

  /** The box a photo is fitted into: two per row across the page, 4:3. */
  static final float BOX_HEIGHT = 150;
  /** The height of one row with its caption and padding: keep this much room for a caption and the first row. */
  public static final float ROW_HEIGHT = BOX_HEIGHT + 32;

  private final String field;
  private final List<Photo> photos;

  /** @param field what the captions are, named if one holds a character the font lacks */
  public PhotoGrid(String field, List<Photo> photos) {
    this.field = field;
    this.photos = List.copyOf(photos);
  }

  @Override
  public void addTo(ReportDocument doc) {
    if (photos.isEmpty()) {
      return;
    }
    float boxWidth = doc.contentWidth() / 2 - 2 * Cells.PADDING - 2;
    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100);
    table.setSpacingBefore(2);
    table.setSpacingAfter(6);
    table.setSplitRows(false);
    for (Photo p : photos) {
      table.addCell(cell(doc, p, boxWidth));
    }
    if (photos.size() % 2 == 1) {
      PdfPCell empty = new PdfPCell(new Phrase(""));
      empty.setBorder(Rectangle.NO_BORDER);
      table.addCell(empty);
    }
    doc.add(table);
  }

  private PdfPCell cell(ReportDocument doc, Photo p, float boxWidth) {
    PdfPCell c = new PdfPCell();
    c.setBorderWidth(Cells.BORDER);
    c.setBorderColor(ReportDocument.RULE);
    c.setPadding(Cells.PADDING);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    if (p.jpeg() != null) {
      Image image = image(p.jpeg());
      image.scaleToFit(boxWidth, BOX_HEIGHT);
      image.setAlignment(Image.ALIGN_CENTER);
      // The box is always the same height, so the captions of a row line up.
      PdfPCell holder = new PdfPCell(image, false);
      holder.setFixedHeight(BOX_HEIGHT);
      holder.setBorder(Rectangle.NO_BORDER);
      holder.setHorizontalAlignment(Element.ALIGN_CENTER);
      holder.setVerticalAlignment(Element.ALIGN_MIDDLE);
      PdfPTable inner = new PdfPTable(1);
      inner.setWidthPercentage(100);
      inner.addCell(holder);
      c.addElement(inner);
    } else {
      Paragraph none = new Paragraph(doc.phrase(field, ReportText.NONE, ReportDocument.Style.SMALL));
      none.setAlignment(Element.ALIGN_CENTER);
      c.addElement(none);
    }
    Paragraph caption = new Paragraph(doc.phrase(field, p.caption(), ReportDocument.Style.SMALL));
    caption.setAlignment(Element.ALIGN_CENTER);
    caption.setSpacingBefore(2);
    c.addElement(caption);
    return c;
  }

  private static Image image(byte[] jpeg) {
    try {
      return Image.getInstance(jpeg);
    } catch (IOException e) {
      throw new UncheckedIOException("photo unreadable", e);
    }
  }
}
