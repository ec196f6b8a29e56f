package org.yiping.bench;

import org.yiping.core.photo.PhotoShrinker;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long shrinking a phone photo takes (the part of adding a photo that is not the store) and how big it ends up.
 * Prints the figures; asserts nothing about time: {@code ./mvnw -Pbench test -Dtest=PhotoBenchmark}.
 */
@Tag("bench")
class PhotoBenchmark {
  @Test
  void shrinkingATwelveMegapixelPhoto() throws Exception {
    BufferedImage img = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0xd8e2dc), 4000, 3000, new Color(0x6d6875)));
    g.fillRect(0, 0, 4000, 3000);
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 4000; i++) { // texture, so the JPEG is not trivially small
      g.setColor(new Color(r.nextInt(0xffffff)));
      g.fillRect(r.nextInt(4000), r.nextInt(3000), 20 + r.nextInt(80), 20 + r.nextInt(80));
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    byte[] original = out.toByteArray();
    for (int i = 0; i < 5; i++) {
      PhotoShrinker.shrink(original, "warm.jpg");
    }
    long[] ms = new long[20];
    PhotoShrinker.Shrunk last = null;
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      last = PhotoShrinker.shrink(original, "bench.jpg");
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    Arrays.sort(ms);
    System.out.printf("photo 4000x3000 (%d KB) -> %dx%d %d KB + thumbnail %d KB; median %d ms, worst %d ms%n",
        original.length / 1024, last.width(), last.height(), last.jpeg().length / 1024,
        last.thumbnail().length / 1024, ms[ms.length / 2], ms[ms.length - 1]);
  }
}
