package dev.segment.chart;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves JFreeSVG's clip paths (and the chart's scale) from every element to a group around each run
 * of elements that share them: JFreeSVG writes {@code clip-path}, and at any size but 1600x900 a
 * {@code transform}, on each shape and text it draws (hundreds per chart), which slows converters
 * to a crawl (ImageMagick took minutes and drew no bars). The drawing is unchanged: a clip refers
 * to the user space of the element naming it, and the group takes the element's transform with its
 * clip, so that space is the same.
 */
final class SvgClips {
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)[^>]*?(/?)>");
  private static final Pattern CLIP = Pattern.compile(" clip-path='url\\(#([^)']+)\\)'");
  private static final Pattern TRANSFORM = Pattern.compile(" transform='([^']*)'");

  private SvgClips() {}

  /** What a run of top-level elements shares: a transform and a clip, each possibly none. */
  private record Key(String transform, String clip) {}

  /** The {@code <svg>} element JFreeSVG wrote, with its clips and transforms grouped. */
  static String group(String svg) {
    int defsEnd = svg.indexOf("</defs>");
    int bodyStart = defsEnd < 0 ? svg.indexOf('>') + 1 : defsEnd + "</defs>".length();
    int bodyEnd = svg.lastIndexOf("</svg>");
    if (bodyStart <= 0 || bodyEnd < bodyStart) {
      return svg;
    }
    StringBuilder out = new StringBuilder(svg.length());
    out.append(svg, 0, bodyStart);
    String body = svg.substring(bodyStart, bodyEnd);
    Matcher tag = TAG.matcher(body);
    int depth = 0;
    int elementStart = 0;
    Key open = null;
    while (tag.find()) {
      boolean closing = !tag.group(1).isEmpty();
      boolean selfClosing = !tag.group(3).isEmpty();
      if (closing) {
        depth--;
      } else if (!selfClosing) {
        depth++;
      }
      if (depth != 0) {
        continue;
      }
      String element = body.substring(elementStart, tag.end());
      elementStart = tag.end();
      Key key = null;
      String bare = element;
      if (movable(element)) {
        int topEnd = element.indexOf('>') + 1;
        String top = element.substring(0, topEnd);
        Matcher t = TRANSFORM.matcher(top);
        String transform = t.find() ? t.group(1) : null;
        Matcher c = CLIP.matcher(element);
        String clip = c.find() ? c.group(1) : null;
        key = new Key(transform, clip);
        bare =
            CLIP.matcher(TRANSFORM.matcher(top).replaceAll("") + element.substring(topEnd))
                .replaceAll("");
      }
      if (!Objects.equals(key, open)) {
        if (open != null) {
          out.append("</g>");
        }
        if (key != null) {
          out.append("<g");
          if (key.transform() != null) {
            out.append(" transform='").append(key.transform()).append('\'');
          }
          if (key.clip() != null) {
            out.append(" clip-path='url(#").append(key.clip()).append(")'");
          }
          out.append('>');
        }
        open = key;
      }
      out.append(bare);
    }
    out.append(body, elementStart, body.length());
    if (open != null) {
      out.append("</g>");
    }
    out.append(svg, bodyEnd, svg.length());
    return out.toString();
  }

  /**
   * Whether an element's clip and transform can move to a group: at most one transform, on its own
   * top tag, and at most one clip (a transform deeper in would change the clip's space).
   */
  private static boolean movable(String element) {
    Matcher t = TRANSFORM.matcher(element);
    int transforms = 0;
    int at = -1;
    while (t.find()) {
      transforms++;
      at = t.start();
    }
    if (transforms > 1 || (transforms == 1 && at > element.indexOf('>'))) {
      return false;
    }
    Matcher c = CLIP.matcher(element);
    String first = null;
    while (c.find()) {
      if (first != null && !first.equals(c.group(1))) {
        return false;
      }
      first = c.group(1);
    }
    return true;
  }
}
