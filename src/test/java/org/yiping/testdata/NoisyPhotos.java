package org.yiping.testdata;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;

/** Photos that compress like real ones (about 670 KB each once shrunk), for tests of size and storage. */
public final class NoisyPhotos {
  private NoisyPhotos() {}

  /** A photo-like picture: a gradient with noise (real photos compress like this, flat colour would not). */
  public static byte[] jpeg(long seed) throws java.io.IOException {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, new Color(r.nextInt(0xFFFFFF)), 1600, 1200,
        new Color(r.nextInt(0xFFFFFF))));
    g.fillRect(0, 0, 1600, 1200);
    for (int i = 0; i < 400; i++) {
      g.setColor(new Color(r.nextInt(0xFFFFFF)));
      g.fillRect(r.nextInt(1600), r.nextInt(1200), 10 + r.nextInt(120), 10 + r.nextInt(120));
    }
    g.dispose();
    for (int i = 0; i < 200_000; i++) {
      img.setRGB(r.nextInt(1600), r.nextInt(1200), r.nextInt(0xFFFFFF));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }
}
