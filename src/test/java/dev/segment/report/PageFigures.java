package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** report.html's figures against the terminal report's, for the page's tests. */
public final class PageFigures {
  private PageFigures() {}

  /**
   * Every number the terminal prints is in the page's text, and no other, apart from what the page
   * adds for its reader: the heading, the tier cards (the table again, for a phone), the largest
   * customers, the options given; and paths, which the page names by file name only.
   */
  public static void assertSame(String terminal, String html) {
    String body =
        html.replaceAll("(?s)<header>.*?</header>", "")
            .replaceAll("(?s)<svg .*?</svg>", "")
            .replaceAll("(?s)<head>.*?</head>", "")
            .replaceAll("(?s)<div class=\"cards\">.*?</dl></div>\n</div>", "")
            .replaceAll("(?s)<section id=\"largest\">.*?</section>", "")
            .replaceAll("(?s)<section id=\"options\">.*?</section>", "")
            .replaceAll("(?s)<footer>.*?</footer>", "")
            .replace("<span class=\"f\">", "")
            .replaceAll("<[^>]+>", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    assertThat(figures(withoutPaths(body)).keySet())
        .isEqualTo(figures(withoutPaths(terminal)).keySet());
  }

  /** The text without paths and file names, whose digits are no figures. */
  private static String withoutPaths(String text) {
    return text.replaceAll("\\S*/\\S*", " ")
        .replaceAll("\\S+\\.(csv|xlsx|html|png|svg|json)\\b", " ");
  }

  private static Map<String, Integer> figures(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    Matcher m = Pattern.compile("[-+]?[$€£¥]?\\d[\\d,]*(?:\\.\\d+)?%?").matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }
}
