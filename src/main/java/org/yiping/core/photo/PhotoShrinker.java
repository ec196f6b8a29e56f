package org.yiping.core.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.yiping.core.UserFacingException;

/**
 * Shrinks a photo to a size that keeps a laptop's store small and still shows a certificate's text: the long edge
 * at most {@value #MAX_EDGE} px, JPEG, turned upright from the camera's EXIF orientation (phones store portraits
 * sideways), plus a thumbnail for lists. Refuses what is not a photo, with a message that says what to do.
 */
public final class PhotoShrinker {
  public static final int MAX_EDGE = 1600;
  public static final int THUMB_EDGE = 240;
  public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
  /** A decompression bomb declares a huge canvas in a small file; refuse before allocating it. */
  static final long MAX_PIXELS = 150_000_000L;
  private static final float QUALITY = 0.82f;
  private static final float THUMB_QUALITY = 0.75f;

  /** The shrunk JPEG, its size, a thumbnail and the JPEG's SHA-256. */
  public record Shrunk(byte[] jpeg, int width, int height, byte[] thumbnail, String sha256) {}

  private PhotoShrinker() {}

  public static Shrunk shrink(byte[] original, String fileName) {
    if (original.length == 0) {
      throw new UserFacingException("evidence.problem.empty", fileName);
    }
    if (original.length > MAX_FILE_BYTES) {
      throw new UserFacingException("evidence.problem.tooLarge", fileName, MAX_FILE_BYTES / (1024 * 1024));
    }
    BufferedImage decoded = decode(original, fileName);
    BufferedImage upright = scaleAndTurn(decoded, orientation(original), MAX_EDGE);
    byte[] jpeg = jpeg(upright, QUALITY);
    byte[] thumb = jpeg(scaleAndTurn(upright, 1, THUMB_EDGE), THUMB_QUALITY);
    return new Shrunk(jpeg, upright.getWidth(), upright.getHeight(), thumb, sha256(jpeg));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Decodes with subsampling, so a 50-megapixel photo never needs its full-size pixels in memory. */
  private static BufferedImage decode(byte[] bytes, String fileName) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UserFacingException("evidence.problem.notImage", fileName);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w * h > MAX_PIXELS) {
          throw new UserFacingException("evidence.problem.tooManyPixels", fileName, w, h);
        }
        int step = (int) Math.max(1, Math.max(w, h) / MAX_EDGE);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UserFacingException u) {
        throw u;
      }
      throw new UserFacingException(e, "evidence.problem.unreadable", fileName);
    }
  }

  /** EXIF orientation 1–8; 1 (as taken) when the file has none or it cannot be read. */
  private static int orientation(byte[] bytes) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
      ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      }
    } catch (Exception e) {
      // No readable EXIF: keep the photo as it is stored.
    }
    return 1;
  }

  /** Scales to fit {@code maxEdge} (never up), turns upright, and flattens transparency onto white. */
  private static BufferedImage scaleAndTurn(BufferedImage src, int orientation, int maxEdge) {
    boolean sideways = orientation >= 5 && orientation <= 8;
    int w = src.getWidth();
    int h = src.getHeight();
    double scale = Math.min(1.0, (double) maxEdge / Math.max(w, h));
    int sw = Math.max(1, (int) Math.round(w * scale));
    int sh = Math.max(1, (int) Math.round(h * scale));
    int outW = sideways ? sh : sw;
    int outH = sideways ? sw : sh;
    BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, outW, outH);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.transform(orientationTransform(orientation, sw, sh));
      g.drawImage(src, 0, 0, sw, sh, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** The transform that maps the stored (scaled) image onto the upright canvas, per the EXIF orientation values. */
  private static AffineTransform orientationTransform(int orientation, int w, int h) {
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
      case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
      case 4 -> { t.translate(0, h); t.scale(1, -1); }
      case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
      case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
      case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
      case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
      default -> { }
    }
    return t;
  }

  private static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
