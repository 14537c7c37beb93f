package dev.segment.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintableTextTest {
  @Test
  void controlCharactersAreShownEscapedAndTheRestAsItIs() {
    Map<String, String> shown =
        Map.of(
            "Acme Inc", "Acme Inc",
            "Zoë & Søn, 東京", "Zoë & Søn, 東京",
            "back\\slash", "back\\slash",
            "\u001b[2JEvil", "\\x1b[2JEvil",
            "\u001b]0;title\u0007x", "\\x1b]0;title\\x07x",
            "a\tb\nc\rd", "a\\x09b\\x0ac\\x0dd",
            "del\u007f c1\u009b", "del\\x7f c1\\x9b",
            "\u202egnp.exe", "\\u202egnp.exe",
            "\u2066x\u2069\u200f", "\\u2066x\\u2069\\u200f");
    shown.forEach(
        (text, expected) -> {
          assertThat(PrintableText.escape(text)).isEqualTo(expected);
          assertThat(PrintableText.escape(expected)).as("idempotent").isEqualTo(expected);
        });
  }

  @Test
  void aValueIsQuotedAtMostEightyCharactersWithAnEllipsis() {
    assertThat(PrintableText.clip("short")).isEqualTo("short");
    assertThat(PrintableText.clip("x".repeat(80))).isEqualTo("x".repeat(80));
    assertThat(PrintableText.clip("x".repeat(81))).isEqualTo("x".repeat(80) + "\u2026");
    // A character outside the BMP at the cut is kept whole or left out, never halved.
    String emoji = "x".repeat(79) + "\ud83d\ude00" + "y";
    assertThat(PrintableText.clip(emoji)).isEqualTo("x".repeat(79) + "\u2026");
  }

  @Test
  void aWholeMessageIsBoundedKeepingItsStartAndItsAdvice() {
    String path = "/home/user/" + "deep/".repeat(30) + "customers.csv";
    assertThat(PrintableText.bounded("cannot read " + path + ": no such file"))
        .isEqualTo("cannot read " + path + ": no such file");
    String cell = "X".repeat(100_000);
    assertThat(PrintableText.bounded("bad cell '" + cell + "'; fix it"))
        .isEqualTo("bad cell '" + "X".repeat(79) + "\u2026 fix it");
    String words = "v ".repeat(50_000);
    String bounded = PrintableText.bounded("filtered by " + words + "; check the values");
    assertThat(bounded).startsWith("filtered by v v").endsWith("v v ; check the values");
    assertThat(bounded.length()).isLessThanOrEqualTo(1002);
  }
}
