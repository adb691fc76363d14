package followthrough.core.conversation;

import java.util.Objects;

/**
 * A picture sent with a message, such as a team digest's chart. Adapters upload it as a file and
 * show the message's text as its caption or next to it.
 *
 * @param fileName the name shown for the file, for example {@code digest.png}
 * @param png the image, PNG encoded
 */
public record Image(String fileName, byte[] png) {

  public Image {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(png, "png");
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Image that
        && fileName.equals(that.fileName)
        && java.util.Arrays.equals(png, that.png);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + java.util.Arrays.hashCode(png);
  }

  @Override
  public String toString() {
    return "Image[" + fileName + ", " + png.length + " bytes]";
  }
}
