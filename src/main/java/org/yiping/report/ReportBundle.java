package org.yiping.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Many finished reports as one PDF, for printing a batch in one go: each report's pages are copied in turn into a PDF
 * written straight to {@code out}, and each report is forgotten once copied, so memory stays flat however many there
 * are. Every report keeps its own page frame ("第 X 页 / 共 Y 页" counts its own pages) and its own font subsets.
 * Not thread-safe: one writer.
 */
public final class ReportBundle implements AutoCloseable {
  private final Document document;
  private final PdfCopy copy;
  private int reports;
  private int pages;
  private boolean closed;

  /**
   * @param out where the combined PDF goes; not closed
   * @param title the PDF's title in its metadata; never personal data
   */
  public ReportBundle(OutputStream out, String title) {
    Objects.requireNonNull(out, "out");
    document = new Document();
    copy = new PdfCopy(document, new NonClosing(out));
    copy.setFullCompression();
    document.addTitle(title);
    document.addCreator(ReportText.APP_NAME + " Yiping");
    document.open();
  }

  /** Appends every page of one report (as made by {@link ReportDocument#render}). */
  public void append(byte[] pdf) {
    if (closed) {
      throw new IllegalStateException("bundle closed");
    }
    try {
      PdfReader reader = new PdfReader(pdf);
      try {
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
          copy.addPage(copy.getImportedPage(reader, i));
          pages++;
        }
        copy.freeReader(reader);
      } finally {
        reader.close();
      }
      reports++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reports appended so far. */
  public int reports() {
    return reports;
  }

  /** Pages appended so far. */
  public int pages() {
    return pages;
  }

  /** Finishes the PDF. A bundle with no report writes nothing usable: the caller should not keep it. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (pages == 0) {
      // OpenPDF refuses to close a document without pages; there is nothing to finish.
      copy.close();
      return;
    }
    document.close();
  }

  /** The caller owns the stream (a temporary file moved into place when complete). */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
