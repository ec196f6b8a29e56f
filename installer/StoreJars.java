import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar under a folder with its entries stored, not deflated: {@code java installer/StoreJars.java DIR}.
 *
 * <p>Why (ADR 0015): the .deb is compressed with xz as a whole, and xz cannot shrink data that deflate already
 * squeezed; stored class files it compresses about twice as well as the jars do, which takes the .deb from about 77
 * to about 55 MiB. Entries keep their order, names, times and bytes, so a signed jar stays valid.
 */
public final class StoreJars {
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java StoreJars.java DIR");
      System.exit(2);
    }
    List<Path> jars;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      jars = walk.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
    for (Path jar : jars) {
      store(jar);
    }
    System.out.println("Stored uncompressed: " + jars.size() + " jars");
  }

  private static void store(Path jar) throws IOException {
    Path tmp = jar.resolveSibling(jar.getFileName() + ".stored");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        OutputStream file = Files.newOutputStream(tmp);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.setMethod(ZipOutputStream.STORED);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(bytes.length);
        copy.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        copy.setCrc(crc.getValue());
        if (e.getLastModifiedTime() != null) {
          copy.setLastModifiedTime(e.getLastModifiedTime());
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
  }
}
